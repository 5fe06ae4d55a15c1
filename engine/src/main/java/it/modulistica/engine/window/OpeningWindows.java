package it.modulistica.engine.window;

import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.OpeningWindow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whether a module may be compiled at a given time, for an organisation or a private person.
 *
 * <p>A module an admin suspended or retired ({@link ModulePublications}) may not be compiled at
 * all, whatever its window and unlocks. The window is the definition's, with the closing time of the latest recorded extension
 * ({@code form_window_extension}) in place of the definition's. Outside it, an organisation may
 * still compile while an unlock for it ({@code form_window_unlock}) runs, without end when it has
 * no end time. An organisation the definition lists as locked ({@code x-module.organisations.locked})
 * may compile only while an unlock for it runs, inside the window or not. All times are local
 * date-times in Europe/Rome.
 */
public final class OpeningWindows {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** The closing time of the module's extension in force. */
    private static final String LATEST_EXTENSION = "select closes from form_window_extension where form_code = :code"
            + " order by created_at desc, id desc fetch first 1 rows only";

    private final JdbcClient jdbc;
    private final ModulePublications publications;
    private final Clock clock;

    /** @param clock the time recorded with extensions and unlocks */
    public OpeningWindows(NamedParameterJdbcOperations operations, ModulePublications publications, Clock clock) {
        this.jdbc = JdbcClient.create(operations);
        this.publications = Objects.requireNonNull(publications, "publications");
        this.clock = clock;
    }

    /** An extension as recorded: the new closing time (Europe/Rome), why, who and when. */
    public record Extension(LocalDateTime closes, String reason, String createdBy, Instant createdAt) {
    }

    /** An unlock as recorded: the organisation, until when ({@code null}: without end), why, who and when. */
    public record Unlock(String organisation, LocalDateTime until, String reason, String createdBy, Instant createdAt) {
    }

    /** The module's extensions, newest first; the first is in force. */
    public List<Extension> extensions(String formCode) {
        return jdbc.sql("""
                        select closes, reason, created_by, created_at from form_window_extension
                        where form_code = :code order by created_at desc, id desc""")
                .param("code", formCode)
                .query((rs, row) -> new Extension(rs.getObject("closes", LocalDateTime.class), rs.getString("reason"),
                        rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The module's unlocks, newest first. */
    public List<Unlock> unlocks(String formCode) {
        return jdbc.sql("""
                        select organisation, open_until, reason, created_by, created_at from form_window_unlock
                        where form_code = :code order by created_at desc, id desc""")
                .param("code", formCode)
                .query((rs, row) -> new Unlock(rs.getString("organisation"),
                        rs.getObject("open_until", LocalDateTime.class), rs.getString("reason"),
                        rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The definition's window with the closing time of the latest extension, when there is one. */
    public OpeningWindow effective(FormDefinition definition) {
        Optional<LocalDateTime> extended = jdbc.sql(LATEST_EXTENSION)
                .param("code", definition.code())
                .query(LocalDateTime.class)
                .optional();
        return extended.map(closes -> new OpeningWindow(definition.window().opens(), closes))
                .orElse(definition.window());
    }

    /**
     * Whether the module is published and its window open for the organisation.
     *
     * @param organisation the organisation compiling, {@code null} for a private person
     */
    public boolean isOpen(FormDefinition definition, String organisation, Instant now) {
        return closure(definition, organisation, now).isEmpty();
    }

    /**
     * @param organisation the organisation compiling, {@code null} for a private person
     * @throws ModuleNotPublished when an admin suspended or retired the module
     * @throws ModuleClosed when the module may not be compiled at {@code now}
     */
    public void requireOpen(FormDefinition definition, String organisation, Instant now) {
        Optional<ModuleClosed> closed = closure(definition, organisation, now);
        if (closed.isPresent()) {
            throw closed.get();
        }
    }

    private Optional<ModuleClosed> closure(FormDefinition definition, String organisation, Instant now) {
        // The status in force and the latest extension in one statement: every creation, draft and
        // sending asks.
        Gate gate = jdbc.sql("select (select status from form_publication where form_code = :code"
                        + " order by id desc fetch first 1 rows only) as status, (" + LATEST_EXTENSION + ") as closes")
                .param("code", definition.code())
                .query((rs, row) -> new Gate(rs.getString("status"), rs.getObject("closes", LocalDateTime.class)))
                .single();
        if (gate.status() != null && PublicationStatus.valueOf(gate.status()) != PublicationStatus.PUBLISHED) {
            return Optional.of(new ModuleNotPublished(publications.current(definition.code())));
        }
        LocalDateTime local = LocalDateTime.ofInstant(now, OpeningWindow.ZONE);
        if (definition.organisations().isLocked(organisation)) {
            return unlocked(definition.code(), organisation, local) ? Optional.empty()
                    : Optional.of(new ModuleClosed(definition.code(), "La compilazione del modulo per l'ente "
                            + organisation + " è bloccata: sarà possibile dopo lo sblocco da parte "
                            + "dell'amministrazione, a seguito della verifica del caso"));
        }
        OpeningWindow window = gate.closes() == null ? definition.window()
                : new OpeningWindow(definition.window().opens(), gate.closes());
        if (window.isOpenAt(now.atZone(OpeningWindow.ZONE))) {
            return Optional.empty();
        }
        if (organisation != null && unlocked(definition.code(), organisation, local)) {
            return Optional.empty();
        }
        if (window.opens() != null && local.isBefore(window.opens())) {
            return Optional.of(new ModuleClosed(definition.code(), "Il modulo sarà compilabile dal "
                    + window.opens().format(DAY) + " alle " + window.opens().format(TIME)));
        }
        return Optional.of(new ModuleClosed(definition.code(), "Il modulo non è più compilabile: termine scaduto il "
                + window.closes().format(DAY) + " alle " + window.closes().format(TIME)));
    }

    /** The module's publication status in force ({@code null}: never changed) and its latest extension's closing. */
    private record Gate(String status, LocalDateTime closes) {
    }

    private boolean unlocked(String formCode, String organisation, LocalDateTime now) {
        return jdbc.sql("""
                        select count(*) from form_window_unlock
                        where form_code = :code and organisation = :organisation
                          and (open_until is null or open_until > :now)""")
                .param("code", formCode)
                .param("organisation", organisation)
                .param("now", now)
                .query(Long.class)
                .single() > 0;
    }

    /** Moves the closing time of a module to {@code closes}; the latest extension recorded wins. */
    public void extend(String formCode, LocalDateTime closes, String reason, String createdBy) {
        jdbc.sql("""
                        insert into form_window_extension (form_code, closes, reason, created_by, created_at)
                        values (:code, :closes, :reason, :createdBy, :createdAt)""")
                .param("code", Objects.requireNonNull(formCode, "formCode"))
                .param("closes", Objects.requireNonNull(closes, "closes"))
                .param("reason", requireText(reason, "reason"))
                .param("createdBy", requireText(createdBy, "createdBy"))
                .param("createdAt", now())
                .update();
    }

    /**
     * Lets one organisation compile a module outside its window.
     *
     * @param until the end of the unlock, {@code null} for none
     */
    public void unlock(String formCode, String organisation, LocalDateTime until, String reason, String createdBy) {
        jdbc.sql("""
                        insert into form_window_unlock (form_code, organisation, open_until, reason, created_by, created_at)
                        values (:code, :organisation, :until, :reason, :createdBy, :createdAt)""")
                .param("code", Objects.requireNonNull(formCode, "formCode"))
                .param("organisation", requireText(organisation, "organisation"))
                .param("until", until)
                .param("reason", requireText(reason, "reason"))
                .param("createdBy", requireText(createdBy, "createdBy"))
                .param("createdAt", now())
                .update();
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    private OffsetDateTime now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
