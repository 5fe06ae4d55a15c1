package it.modulistica.engine.formio;

/** The shape of a field's value in the module's data, which decides how a condition compares with it. */
enum Shape {
    STRING, NUMBER, BOOLEAN, LIST, OTHER
}
