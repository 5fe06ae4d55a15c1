package it.modulistica.renderer.view;

/**
 * A piece of a step, in the order of the definition. Templates switch on {@link #kind()}:
 * {@code section}, {@code info} or {@code table}.
 */
public sealed interface Block permits SectionBlock, InfoBlock, TableBlock {

    String kind();
}
