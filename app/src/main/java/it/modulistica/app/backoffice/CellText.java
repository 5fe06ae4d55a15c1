package it.modulistica.app.backoffice;

/**
 * Text written into a spreadsheet cell. A text a spreadsheet would take for a formula (beginning
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is written with a
 * leading {@code '}, so opening an export never runs what a citizen typed (CSV injection).
 */
final class CellText {

    private CellText() {
    }

    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + text : text;
    }
}
