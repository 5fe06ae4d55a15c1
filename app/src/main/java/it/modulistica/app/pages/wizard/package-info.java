/** The compilation wizard: one step at a time, saved as a draft on every move, validated server-side. */
package it.modulistica.app.pages.wizard;
