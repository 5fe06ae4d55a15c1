package it.modulistica.engine.definition;

/** One choice of a select or radio field: the stored value and the label shown. */
public record Option(String value, LocalizedText label) {
}
