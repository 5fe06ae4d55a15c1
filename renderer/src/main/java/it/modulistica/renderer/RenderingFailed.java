package it.modulistica.renderer;

/**
 * A template could not be compiled or printed, or a PDF could not be laid out. Always a fault of a
 * template or of the renderer, never of the user's data.
 */
public class RenderingFailed extends RuntimeException {

    public RenderingFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
