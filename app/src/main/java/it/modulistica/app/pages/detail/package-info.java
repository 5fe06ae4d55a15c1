/** Dettaglio istanza: state, permitted actions with their confirmation, history, and the sent page. */
package it.modulistica.app.pages.detail;
