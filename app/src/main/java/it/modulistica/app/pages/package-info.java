/** The compiler's web pages: layout, language switch and what every page shows around its content. */
package it.modulistica.app.pages;
