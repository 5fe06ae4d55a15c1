package it.modulistica.renderer.view;

import java.util.List;

/** One step of the module: its title, its introduction in paragraphs and its blocks in order. */
public record StepView(String title, List<String> intro, List<Block> blocks) {

    public StepView {
        intro = List.copyOf(intro);
        blocks = List.copyOf(blocks);
    }
}
