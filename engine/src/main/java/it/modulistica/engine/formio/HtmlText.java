package it.modulistica.engine.formio;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * form.io texts may hold HTML; the platform's texts are plain, one paragraph per line. Links keep
 * their address in brackets; other markup is dropped, and the caller is told when it was.
 */
final class HtmlText {

    private static final Pattern LINK = Pattern.compile("<a\\b[^>]*?href\\s*=\\s*[\"']([^\"']*)[\"'][^>]*>(.*?)</a\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>|</(p|div|h[1-6]|li|tr|ul|ol|table|blockquote)\\s*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEM = Pattern.compile("<li\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern DROPPED = Pattern.compile("<(img|iframe|script|style|video|audio|object|embed)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INVISIBLE = Pattern.compile("<(script|style)\\b.*?</\\1\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("agrave", "à"), Map.entry("egrave", "è"),
            Map.entry("eacute", "é"), Map.entry("igrave", "ì"), Map.entry("ograve", "ò"), Map.entry("ugrave", "ù"),
            Map.entry("Agrave", "À"), Map.entry("Egrave", "È"), Map.entry("Eacute", "É"), Map.entry("Igrave", "Ì"),
            Map.entry("Ograve", "Ò"), Map.entry("Ugrave", "Ù"), Map.entry("euro", "€"), Map.entry("laquo", "«"),
            Map.entry("raquo", "»"), Map.entry("rsquo", "’"), Map.entry("lsquo", "‘"), Map.entry("ldquo", "“"),
            Map.entry("rdquo", "”"), Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("deg", "°"),
            Map.entry("hellip", "…"), Map.entry("copy", "©"));

    /** The plain text, and whether images, frames or scripts were dropped from it. */
    record Plain(String text, boolean lossy) {
    }

    private HtmlText() {
    }

    static Plain plain(String html) {
        if (html == null) {
            return new Plain("", false);
        }
        boolean lossy = DROPPED.matcher(html).find();
        String text = INVISIBLE.matcher(html).replaceAll("");
        Matcher link = LINK.matcher(text);
        StringBuilder linked = new StringBuilder();
        while (link.find()) {
            String label = TAG.matcher(link.group(2)).replaceAll("").strip();
            String address = link.group(1).strip();
            String replacement = label.isEmpty() || label.equals(address) ? address : label + " (" + address + ")";
            link.appendReplacement(linked, Matcher.quoteReplacement(replacement));
        }
        link.appendTail(linked);
        text = BREAK.matcher(linked).replaceAll("\n");
        text = ITEM.matcher(text).replaceAll("- ");
        text = TAG.matcher(text).replaceAll("");
        text = entities(text);
        StringBuilder lines = new StringBuilder();
        for (String line : text.split("\n")) {
            String collapsed = line.replaceAll("[\\s\\u00a0]+", " ").strip();
            if (!collapsed.isEmpty()) {
                lines.append(lines.length() == 0 ? "" : "\n").append(collapsed);
            }
        }
        return new Plain(lines.toString(), lossy);
    }

    /** A one-line label: HTML dropped, lines joined. */
    static String label(String html) {
        return plain(html).text().replace('\n', ' ');
    }

    private static String entities(String text) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String replacement;
            if (name.startsWith("#x") || name.startsWith("#X")) {
                replacement = codePoint(name.substring(2), 16, entity.group());
            } else if (name.startsWith("#")) {
                replacement = codePoint(name.substring(1), 10, entity.group());
            } else {
                replacement = ENTITIES.getOrDefault(name, entity.group());
            }
            entity.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
        }
        entity.appendTail(decoded);
        return decoded.toString();
    }

    private static String codePoint(String digits, int radix, String original) {
        try {
            int code = Integer.parseInt(digits, radix);
            return Character.isValidCodePoint(code) && code != 0 ? new String(Character.toChars(code)) : original;
        } catch (NumberFormatException e) {
            return original;
        }
    }
}
