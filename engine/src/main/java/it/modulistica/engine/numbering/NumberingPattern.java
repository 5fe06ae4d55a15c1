package it.modulistica.engine.numbering;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A module's numbering pattern ({@code SERV06_UTENTI_{year}.{seq:7}}) read into literal text and
 * tokens: {@code {code}}, {@code {version}}, {@code {year}} and {@code {seq:N}}, the sequence
 * zero-padded to N digits (a sequence beyond N digits is written in full, never cut).
 */
record NumberingPattern(String text, List<Part> parts, boolean hasYear) {

    private static final Pattern TOKEN = Pattern.compile("\\{(code|version|year|seq:(\\d+))}");

    NumberingPattern {
        parts = List.copyOf(parts);
    }

    /** One piece of the pattern: literal text, or a token ({@code seq} with its width). */
    record Part(String literal, String token, int width) {
    }

    /**
     * @throws IllegalArgumentException when the pattern has no {@code {seq:N}}, which the definition
     *                                  parser already refuses
     */
    static NumberingPattern parse(String text) {
        List<Part> parts = new ArrayList<>();
        Matcher tokens = TOKEN.matcher(text);
        int last = 0;
        boolean year = false;
        boolean sequence = false;
        while (tokens.find()) {
            if (tokens.start() > last) {
                parts.add(new Part(text.substring(last, tokens.start()), null, 0));
            }
            String token = tokens.group(2) != null ? "seq" : tokens.group(1);
            year |= token.equals("year");
            sequence |= token.equals("seq");
            parts.add(new Part(null, token, tokens.group(2) != null ? Integer.parseInt(tokens.group(2)) : 0));
            last = tokens.end();
        }
        if (last < text.length()) {
            parts.add(new Part(text.substring(last), null, 0));
        }
        if (!sequence) {
            throw new IllegalArgumentException("Numbering pattern \"" + text + "\" has no {seq:N}");
        }
        return new NumberingPattern(text, parts, year);
    }

    String format(String code, String version, int year, long sequence) {
        StringBuilder number = new StringBuilder();
        for (Part part : parts) {
            if (part.literal() != null) {
                number.append(part.literal());
                continue;
            }
            switch (part.token()) {
                case "code" -> number.append(code);
                case "version" -> number.append(version);
                case "year" -> number.append(year);
                case "seq" -> number.append(String.format("%0" + part.width() + "d", sequence));
                default -> throw new IllegalStateException("Unknown numbering token " + part.token());
            }
        }
        return number.toString();
    }
}
