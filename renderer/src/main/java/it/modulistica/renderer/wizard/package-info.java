/** The wizard's editable fields of one step, derived from the definition, and the reading of their form post back into JSON. */
package it.modulistica.renderer.wizard;
