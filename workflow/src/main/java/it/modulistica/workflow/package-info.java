/** The configurable instance lifecycle: workflow definitions, states, actions and their checks. Plain Java. */
package it.modulistica.workflow;
