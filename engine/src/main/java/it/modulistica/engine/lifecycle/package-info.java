/**
 * The instance lifecycle: creating, saving, moving through the workflow, history, effects, stars and
 * the owner's list of instances, each operation in one transaction and for one caller.
 */
package it.modulistica.engine.lifecycle;
