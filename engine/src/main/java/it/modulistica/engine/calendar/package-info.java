/** Working days (weekends and Italian public holidays excluded) and the dates of a module's processing times. */
package it.modulistica.engine.calendar;
