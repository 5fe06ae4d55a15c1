/**
 * Instances: the data a user fills in for one module version, pinned to the definition it was
 * started with, and their storage together with the ledger of published definition versions.
 */
package it.modulistica.engine.instance;
