/** Bacheca: the compiler's dashboard with the four steps and the notices. */
package it.modulistica.app.pages.home;
