package it.modulistica.engine.definition;

/** The texts of a repeatable group: the add and remove buttons and the title of each row. */
public record GroupLabels(LocalizedText add, LocalizedText remove, LocalizedText itemTitle) {
}
