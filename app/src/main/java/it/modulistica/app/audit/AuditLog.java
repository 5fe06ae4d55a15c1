package it.modulistica.app.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.modulistica.engine.instance.JsonColumns;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Writes events to {@code audit_event} and reads them back for administrators. The table is only
 * ever inserted into; on PostgreSQL a trigger refuses updates and deletes.
 */
@Service
public class AuditLog {

    private static final int MAX_TEXT = 100;
    private static final int MAX_TARGET = 200;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectMapper objectMapper;
    private final JsonColumns jsonColumns;

    AuditLog(JdbcClient jdbc, Clock clock, ObjectMapper objectMapper, Dialect dialect) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.objectMapper = objectMapper;
        this.jsonColumns = JsonColumns.of(dialect);
    }

    /**
     * Records one event now. {@code details} name what happened (method, reason, action); callers
     * never put the values of a form's fields in them.
     */
    public void record(AuditEventType type, String username, String target, AuditOutcome outcome,
            Map<String, ?> details) {
        jdbc.sql("""
                        INSERT INTO audit_event (at, username, event_type, target, outcome, details)
                        VALUES (:at, :username, :type, :target, :outcome, :details)""")
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("username", clip(username, MAX_TEXT))
                .param("type", type.name())
                .param("target", clip(target, MAX_TARGET))
                .param("outcome", outcome.name())
                .param("details", jsonColumns.parameter(json(details)))
                .update();
    }

    /** The events matching the query, newest first; the database does the paging. */
    public AuditPage search(AuditQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (query.type() != null) {
            where.append(" AND event_type = ?");
            params.add(query.type().name());
        }
        if (query.username() != null) {
            where.append(" AND username = ?");
            params.add(query.username());
        }
        if (query.from() != null) {
            where.append(" AND at >= ?");
            params.add(query.from().atOffset(ZoneOffset.UTC));
        }
        if (query.to() != null) {
            where.append(" AND at < ?");
            params.add(query.to().atOffset(ZoneOffset.UTC));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_event" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(query.size());
        pageParams.add((long) query.page() * query.size());
        List<AuditEvent> items = jdbc.sql("SELECT id, at, username, event_type, target, outcome, details FROM audit_event"
                        + where + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?")
                .params(pageParams)
                .query((rs, row) -> new AuditEvent(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("username"), AuditEventType.valueOf(rs.getString("event_type")),
                        rs.getString("target"), AuditOutcome.valueOf(rs.getString("outcome")),
                        parse(rs.getString("details"))))
                .list();
        return new AuditPage(items, query.page(), query.size(), total);
    }

    private String json(Map<String, ?> details) {
        try {
            return objectMapper.writeValueAsString(details == null ? Map.of() : details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit details not writable as JSON: " + details.keySet(), e);
        }
    }

    private JsonNode parse(String details) {
        try {
            return objectMapper.readTree(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit details stored are not JSON", e);
        }
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
