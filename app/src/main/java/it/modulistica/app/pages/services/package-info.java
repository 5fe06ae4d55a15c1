/**
 * The public pages, open without sign-in: the services (categories) with their modules and windows,
 * each category's scheda with access boxes, avvisi, assistance and documents, and its Atom feed.
 */
package it.modulistica.app.pages.services;
