package it.modulistica.engine.definition;

/**
 * A processing time the module announces to whoever sends it ({@code x-module.processingTimes}):
 * "from the {@code workingDays}-th working day after sending", printed as a date on the confirmation
 * page, the detail page and the receipt.
 *
 * @param label       what happens then ("Registrazione degli utenti già in possesso di credenziale")
 * @param workingDays how many working days after the day of sending, at least 1
 * @param when        announced only when this holds on the sent data, {@code null} for always; a
 *                    {@code *} in its field stands for any row of a repeatable group
 */
public record ProcessingTime(LocalizedText label, int workingDays, VisibilityCondition when) {
}
