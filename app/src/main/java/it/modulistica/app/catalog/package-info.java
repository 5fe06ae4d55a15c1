/**
 * The category catalogue citizens choose modules from: categories in the admins' order with their
 * icon and colour, and the category of each module (the definition's, unless an admin moved it).
 */
package it.modulistica.app.catalog;
