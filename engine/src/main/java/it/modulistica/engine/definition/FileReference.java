package it.modulistica.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The value of one file in a file field's list, as the platform writes it when the file is
 * uploaded: {@code {"id": "<uuid>", "name": "isee.pdf", "mediaType": "application/pdf", "size": 12345}}.
 *
 * @param name      the file name as stored (sanitised)
 * @param mediaType the media type detected from the content
 * @param size      in bytes
 */
public record FileReference(UUID id, String name, String mediaType, long size) {

    private static final Set<String> KEYS = Set.of("id", "name", "mediaType", "size");
    private static final int MAX_NAME = 255;

    /** Whether a JSON value has exactly the shape of a reference. */
    public static boolean isWellFormed(JsonNode node) {
        return of(node).isPresent();
    }

    /** The reference a JSON value is, when it has exactly the shape of one. */
    public static Optional<FileReference> of(JsonNode node) {
        if (node == null || !node.isObject() || node.size() != KEYS.size()) {
            return Optional.empty();
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            if (!KEYS.contains(names.next())) {
                return Optional.empty();
            }
        }
        JsonNode id = node.get("id");
        JsonNode name = node.get("name");
        JsonNode mediaType = node.get("mediaType");
        JsonNode size = node.get("size");
        if (!id.isTextual() || !name.isTextual() || !mediaType.isTextual() || !size.canConvertToLong()
                || !size.isIntegralNumber() || size.longValue() < 0 || name.asText().isBlank()
                || name.asText().length() > MAX_NAME || mediaType.asText().isBlank()) {
            return Optional.empty();
        }
        try {
            UUID parsed = UUID.fromString(id.asText());
            if (!parsed.toString().equals(id.asText().toLowerCase(java.util.Locale.ROOT))) {
                return Optional.empty();
            }
            return Optional.of(new FileReference(parsed, name.asText(), mediaType.asText(), size.longValue()));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    /** The JSON value stored in the data. */
    public ObjectNode toJson() {
        return JsonNodeFactory.instance.objectNode()
                .put("id", id.toString())
                .put("name", name)
                .put("mediaType", mediaType)
                .set("size", size <= Integer.MAX_VALUE ? JsonNodeFactory.instance.numberNode((int) size)
                        : JsonNodeFactory.instance.numberNode(size));
    }
}
