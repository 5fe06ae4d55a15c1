package it.modulistica.renderer.view;

import java.util.List;

/** A field's label and its formatted value, split into lines where the value had line breaks. */
public record FieldLine(String label, List<String> lines) {

    public FieldLine {
        lines = List.copyOf(lines);
    }
}
