/**
 * The importer of form.io definitions (the JSON of form.io's builder and API, as MOON, formsflow.ai
 * and OpenCity keep their modules): it translates a form into a module of this platform's format and
 * lists, for the author, everything it could not carry over.
 */
package it.modulistica.engine.formio;
