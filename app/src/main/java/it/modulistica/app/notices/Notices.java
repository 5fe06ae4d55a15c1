package it.modulistica.app.notices;

import it.modulistica.engine.definition.OpeningWindow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The table {@code notice}. The valid ones are those whose window holds the current time in
 * Europe/Rome; every list is newest first (latest start of validity, then latest written).
 */
@Repository
public class Notices {

    private static final String COLUMNS = "id, title, body, valid_from, valid_to, category_code, form_code, "
            + "created_by, created_at";
    private static final String VALID = " WHERE valid_from <= :now AND (valid_to IS NULL OR valid_to > :now)";
    private static final String NEWEST_FIRST = " ORDER BY valid_from DESC, id DESC";

    private final JdbcClient jdbc;
    private final Clock clock;

    Notices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The current time where validity is written: Europe/Rome. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(OpeningWindow.ZONE));
    }

    /** Every notice, past and future ones too, newest first. */
    public List<Notice> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notice" + NEWEST_FIRST).query(Notices::notice).list();
    }

    public Optional<Notice> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notice WHERE id = ?").param(id).query(Notices::notice).optional();
    }

    /** Every notice valid now, whatever its scope. */
    public List<Notice> valid() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notice" + VALID + NEWEST_FIRST).param("now", now())
                .query(Notices::notice).list();
    }

    /**
     * The notices valid now for a reader of these categories and modules: the platform's, those of
     * the categories and those of the modules.
     */
    public List<Notice> valid(Collection<String> categories, Collection<String> forms) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notice" + VALID
                        + " AND ((category_code IS NULL AND form_code IS NULL)"
                        + (categories.isEmpty() ? "" : " OR category_code IN (:categories)")
                        + (forms.isEmpty() ? "" : " OR form_code IN (:forms)") + ")" + NEWEST_FIRST)
                .param("now", now())
                .param("categories", categories.isEmpty() ? Set.of("") : categories)
                .param("forms", forms.isEmpty() ? Set.of("") : forms)
                .query(Notices::notice).list();
    }

    /** The notices valid now of one module only (its card in the catalogue). */
    public List<Notice> validForModule(String form) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notice" + VALID + " AND form_code = :form" + NEWEST_FIRST)
                .param("now", now()).param("form", form).query(Notices::notice).list();
    }

    long insert(NoticeContent content, String admin) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO notice (title, body, valid_from, valid_to, category_code, form_code, created_by, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(content.title(), content.body(), content.from(), content.to(), content.category(),
                        content.form(), admin, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    void update(long id, NoticeContent content, String admin) {
        jdbc.sql("UPDATE notice SET title = ?, body = ?, valid_from = ?, valid_to = ?, category_code = ?, "
                        + "form_code = ?, updated_by = ?, updated_at = ? WHERE id = ?")
                .params(content.title(), content.body(), content.from(), content.to(), content.category(),
                        content.form(), admin, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)), id)
                .update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM notice WHERE id = ?").param(id).update();
    }

    private static Notice notice(ResultSet rs, int row) throws SQLException {
        Timestamp to = rs.getTimestamp("valid_to");
        return new Notice(rs.getLong("id"), rs.getString("title"), rs.getString("body"),
                rs.getTimestamp("valid_from").toLocalDateTime(), to == null ? null : to.toLocalDateTime(),
                rs.getString("category_code"), rs.getString("form_code"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
