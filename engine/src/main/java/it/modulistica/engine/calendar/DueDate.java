package it.modulistica.engine.calendar;

import it.modulistica.engine.definition.LocalizedText;
import java.time.LocalDate;

/**
 * A processing time of a sent instance as a date: what happens ({@code label}) from {@code date},
 * the {@code workingDays}-th working day after the day of sending.
 */
public record DueDate(LocalizedText label, int workingDays, LocalDate date) {
}
