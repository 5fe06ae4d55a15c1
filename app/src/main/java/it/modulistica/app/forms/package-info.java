/** The forms API: published modules, their definitions, server-side validation and definition problems. */
package it.modulistica.app.forms;
