/**
 * Form definitions: the immutable model of a module read from {@code forms/<code>/form.json}, the
 * checks that reject a broken definition with every problem found, and the catalogue of published ones.
 */
package it.modulistica.engine.definition;
