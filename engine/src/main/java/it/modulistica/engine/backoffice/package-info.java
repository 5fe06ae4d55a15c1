/**
 * The back office of the receiving offices: operators' lists of the instances of a module, filtered,
 * sorted and paged by the database, the rows of an export, the statistics of a module, and the
 * search index (declarant, searchable words) written when an instance is sent.
 */
package it.modulistica.engine.backoffice;
