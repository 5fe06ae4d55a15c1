/** Le mie istanze and Cerca istanza: the caller's instances by tab or criteria, with the star toggle. */
package it.modulistica.app.pages.mine;
