/**
 * Server-side validation of instance data against a form definition: every problem as a
 * {@link it.modulistica.engine.validation.Violation}, messages resolved late per locale.
 */
package it.modulistica.engine.validation;
