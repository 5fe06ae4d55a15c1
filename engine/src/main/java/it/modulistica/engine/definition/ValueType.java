package it.modulistica.engine.definition;

/** The JSON type of a node, as declared by its {@code type} keyword. */
public enum ValueType {
    STRING, NUMBER, INTEGER, BOOLEAN, OBJECT, ARRAY, NONE;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
