package it.modulistica.engine.instance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.JDBCType;
import java.sql.Types;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.mapping.JdbcValue;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.data.relational.core.dialect.H2Dialect;
import org.springframework.data.relational.core.dialect.PostgresDialect;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * How JSON columns are written and read on each supported database: {@code json}/{@code jsonb} on
 * PostgreSQL, character large objects on H2.
 *
 * <p>On PostgreSQL the text is bound as {@link Types#OTHER}, so the server casts it to the column's
 * type, and the driver's JSON object is read through its {@code toString()}, which is the JSON text;
 * neither needs the driver's classes. Public so the engine's other tables with JSON columns bind their
 * parameters the same way.
 */
public final class JsonColumns {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final boolean postgres;

    private JsonColumns(boolean postgres) {
        this.postgres = postgres;
    }

    /** @throws IllegalStateException for a database other than PostgreSQL and H2 */
    public static JsonColumns of(Dialect dialect) {
        if (dialect instanceof PostgresDialect) {
            return new JsonColumns(true);
        }
        if (dialect instanceof H2Dialect) {
            return new JsonColumns(false);
        }
        throw new IllegalStateException("Database not supported for instances: " + dialect.getClass().getName()
                + "; supported are PostgreSQL and H2");
    }

    /** The Spring Data JDBC converters between {@link ObjectNode} properties and JSON columns. */
    List<Object> converters() {
        return postgres
                ? List.of(new ObjectNodeToJdbcOther(), new DriverJsonToObjectNode())
                : List.of(new ObjectNodeToText(), new TextToObjectNode());
    }

    /** A query parameter writing {@code json} text into a JSON column. */
    public Object parameter(String json) {
        return postgres ? new SqlParameterValue(Types.OTHER, json) : json;
    }

    /** A JSON column's value typed for the database, {@code null} included. */
    SqlParameterValue typed(JsonNode node) {
        return new SqlParameterValue(postgres ? Types.OTHER : Types.CLOB, node == null ? null : write(node));
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree could not be written", e);
        }
    }

    static ObjectNode readObject(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON column holds text that is not JSON: " + e.getOriginalMessage(), e);
        }
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalStateException("A JSON column expected to hold an object holds " + node.getNodeType());
        }
        return object;
    }

    @WritingConverter
    static final class ObjectNodeToJdbcOther implements Converter<ObjectNode, JdbcValue> {

        @Override
        public JdbcValue convert(ObjectNode source) {
            return JdbcValue.of(write(source), JDBCType.OTHER);
        }
    }

    /** Reads whatever the PostgreSQL driver returns for a JSON column: an object printing as its JSON text. */
    @ReadingConverter
    static final class DriverJsonToObjectNode implements Converter<Object, ObjectNode> {

        @Override
        public ObjectNode convert(Object source) {
            return readObject(source.toString());
        }
    }

    @WritingConverter
    static final class ObjectNodeToText implements Converter<ObjectNode, String> {

        @Override
        public String convert(ObjectNode source) {
            return write(source);
        }
    }

    @ReadingConverter
    static final class TextToObjectNode implements Converter<String, ObjectNode> {

        @Override
        public ObjectNode convert(String source) {
            return readObject(source);
        }
    }
}
