package it.modulistica.renderer;

/**
 * A receipt e-mail: subject, an HTML body with inline styles only (mail clients drop style sheets)
 * and the same content as plain text for the alternative part.
 */
public record Mail(String subject, String html, String text) {
}
