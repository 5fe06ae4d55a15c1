/** Bulk test data: the {@code seed-instances} jar command writes many sent instances as the send path leaves them. */
package it.modulistica.app.seed;
