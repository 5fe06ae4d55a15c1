package it.modulistica.engine.formio;

/**
 * Where a value of form.io's submission data lands in the imported module's data.
 *
 * @param formio  form.io's path, dotted, with {@code []} for the rows of a grid ({@code figli[].nome})
 * @param pointer the JSON pointer in the module's data, {@code *} for every row ({@code /dati/figli/*}{@code /nome})
 * @param note    how the value itself changes, or {@code ""} when it is copied as it is
 */
public record DataPath(String formio, String pointer, String note) {
}
