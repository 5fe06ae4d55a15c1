package it.modulistica.engine.definition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Reading definitions as JSON, their canonical text and its SHA-256. */
public final class DefinitionJson {

    /**
     * Duplicate keys are an error rather than "last one wins": a field block copied without
     * renaming it would otherwise silently replace the field before it.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private DefinitionJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Parses JSON text that is known to be well formed (stored canonical content). */
    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A message for an author about malformed JSON, with the line and column where it breaks. */
    public static String syntaxError(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " (riga " + e.getLocation().getLineNr() + ", colonna " + e.getLocation().getColumnNr() + ")";
        return "JSON non valido" + where + ": " + e.getOriginalMessage();
    }

    /** The compact serialisation of a tree, keys in their original order. */
    public static String canonical(JsonNode tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree could not be written", e);
        }
    }

    /** SHA-256 of the UTF-8 bytes of a text, in lower-case hex. */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 of some bytes, in lower-case hex. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * A property name as a JSON pointer token (RFC 6901): {@code ~} and {@code /} escaped; names
     * without them, the usual case on the validation path, are returned as they are.
     */
    public static String pointerToken(String name) {
        return name.indexOf('~') < 0 && name.indexOf('/') < 0 ? name : name.replace("~", "~0").replace("/", "~1");
    }
}
