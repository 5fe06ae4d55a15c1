/**
 * The one expression language of form definitions: JSONLogic with JSON-pointer variables and the
 * platform's date operators, evaluated on the server and checked against a definition's fields.
 */
package it.modulistica.engine.logic;
