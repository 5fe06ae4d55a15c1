/**
 * The back-office pages under {@code /backoffice}: the modules an operator works on, each module's
 * list with tabs, filters, sorting, paging and exports, its statistics, "Reinvia ricevuta" on the
 * operator's instance page, and the "Back office" entry of the navigation.
 */
package it.modulistica.app.pages.backoffice;
