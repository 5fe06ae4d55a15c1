/** The organisations users act for (municipalities and other bodies) and the roles users hold in them. */
package it.modulistica.app.organisations;
