package it.modulistica.engine.definition;

/**
 * Why a definition file was not published: the file (relative to the forms directory), the JSON
 * pointer of the offending node ({@code ""} for the whole document) and a message for the author.
 */
public record DefinitionProblem(String file, String pointer, String message) {

    @Override
    public String toString() {
        return file + (pointer.isEmpty() ? "" : " at " + pointer) + ": " + message;
    }
}
