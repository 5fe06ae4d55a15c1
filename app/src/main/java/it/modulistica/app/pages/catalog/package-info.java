/** Nuova istanza: categories, their modules with the compilation window, and the start of an instance. */
package it.modulistica.app.pages.catalog;
