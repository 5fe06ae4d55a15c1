package it.modulistica.renderer.view;

import java.util.List;

/**
 * Consecutive fields of one section. A section interrupted by a nested section, a table or a text
 * continues in a further block without title.
 *
 * @param level  1 for the fields of a step, 2 for a section inside it, and so on
 * @param title  the section's title; {@code null} for the step itself and for continuations
 * @param intro  the section's introduction, in paragraphs
 * @param fields the visible fields with their formatted values
 */
public record SectionBlock(int level, String title, List<String> intro, List<FieldLine> fields) implements Block {

    public SectionBlock {
        intro = List.copyOf(intro);
        fields = List.copyOf(fields);
    }

    @Override
    public String kind() {
        return "section";
    }
}
