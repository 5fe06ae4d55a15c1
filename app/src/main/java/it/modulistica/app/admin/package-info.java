/** Administration API: the opening window of modules (extensions and unlocks for one organisation). */
package it.modulistica.app.admin;
