/**
 * When a module may be compiled: its publication (published, suspended, retired), its definition's
 * window, extensions of the deadline and unlocks per organisation.
 */
package it.modulistica.engine.window;
