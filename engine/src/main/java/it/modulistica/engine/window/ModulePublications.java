package it.modulistica.engine.window;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The publication of modules ({@code form_publication}, append-only): the latest change of a module
 * is in force; a module with none is {@link PublicationStatus#PUBLISHED}, so a module newly dropped
 * in the forms directory can be compiled at once.
 */
public final class ModulePublications {

    private static final String COLUMNS = "form_code, status, reason, changed_by, changed_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    /** @param clock the time recorded with each change */
    public ModulePublications(NamedParameterJdbcOperations operations, Clock clock) {
        this.jdbc = JdbcClient.create(operations);
        this.clock = clock;
    }

    /** The change in force for the module, or the initial "published" when there is none. */
    public PublicationChange current(String formCode) {
        return jdbc.sql("select " + COLUMNS + " from form_publication where form_code = :code"
                        + " order by id desc fetch first 1 rows only")
                .param("code", formCode)
                .query(ModulePublications::change)
                .optional()
                .orElseGet(() -> PublicationChange.initial(formCode));
    }

    /** The change in force of every module that has one, by module code. */
    public Map<String, PublicationChange> currentByCode() {
        return jdbc.sql("select " + COLUMNS + " from form_publication where id in"
                        + " (select max(id) from form_publication group by form_code)")
                .query(ModulePublications::change)
                .list().stream()
                .collect(Collectors.toUnmodifiableMap(PublicationChange::formCode, Function.identity()));
    }

    /** Every change of the module, newest first. */
    public List<PublicationChange> history(String formCode) {
        return jdbc.sql("select " + COLUMNS + " from form_publication where form_code = :code order by id desc")
                .param("code", formCode)
                .query(ModulePublications::change)
                .list();
    }

    /**
     * Records a change.
     *
     * @param reason required to suspend (it is shown to users), optional otherwise
     * @throws IllegalArgumentException when a suspension has no reason or {@code changedBy} is blank
     */
    public PublicationChange change(String formCode, PublicationStatus status, String reason, String changedBy) {
        Objects.requireNonNull(formCode, "formCode");
        Objects.requireNonNull(status, "status");
        String written = reason == null || reason.isBlank() ? null : reason.strip();
        if (status == PublicationStatus.SUSPENDED && written == null) {
            throw new IllegalArgumentException("A suspension needs a reason");
        }
        if (changedBy == null || changedBy.isBlank()) {
            throw new IllegalArgumentException("changedBy must not be blank");
        }
        OffsetDateTime now = clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        jdbc.sql("insert into form_publication (" + COLUMNS + ") values (:code, :status, :reason, :by, :at)")
                .param("code", formCode)
                .param("status", status.name())
                .param("reason", written)
                .param("by", changedBy)
                .param("at", now)
                .update();
        return new PublicationChange(formCode, status, written, changedBy, now.toInstant());
    }

    /** @throws ModuleNotPublished when the module is suspended or retired */
    public void requirePublished(String formCode) {
        PublicationChange current = current(formCode);
        if (!current.compilable()) {
            throw new ModuleNotPublished(current);
        }
    }

    private static PublicationChange change(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        OffsetDateTime at = rs.getObject("changed_at", OffsetDateTime.class);
        return new PublicationChange(rs.getString("form_code"), PublicationStatus.valueOf(rs.getString("status")),
                rs.getString("reason"), rs.getString("changed_by"), at == null ? null : at.toInstant());
    }
}
