package it.modulistica.app.instances;

/**
 * The instance version as an entity tag: {@code ETag: "3"}, and {@code If-Match: "3"} (quotes and a
 * weak prefix are tolerated, since proxies add them).
 */
final class ETags {

    private ETags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match names, or {@code null} without the header. */
    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidIfMatch(ifMatch);
        }
    }
}
