/** Avvisi: notices admins publish for the whole platform, a category or a module, shown while valid. */
package it.modulistica.app.notices;
