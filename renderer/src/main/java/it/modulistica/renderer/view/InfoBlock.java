package it.modulistica.renderer.view;

import java.util.List;

/** An information text of the definition (a privacy notice): title and paragraphs. */
public record InfoBlock(String title, List<String> paragraphs) implements Block {

    public InfoBlock {
        paragraphs = List.copyOf(paragraphs);
    }

    @Override
    public String kind() {
        return "info";
    }
}
