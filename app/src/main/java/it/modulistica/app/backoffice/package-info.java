/**
 * The back office's REST API under {@code /api/backoffice}: operators' lists, exports (CSV, XLSX)
 * and statistics of the modules they work on, with the filters shared by the API and the pages.
 */
package it.modulistica.app.backoffice;
