package it.modulistica.engine.instance;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.FormDefinition;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One filling-in of a module by a user (Istanza): its data, its state and the definition version it
 * is pinned to. Changes go through methods named for what they do; the data handed in and out is
 * copied, so no caller can change an instance behind its back.
 *
 * <p>The id is assigned on creation; the {@code @Version} is {@code null} until the first save,
 * which is how the repository tells a new instance from a stored one. Saving a copy loaded before
 * someone else's save fails with an optimistic locking exception. Times are kept to the
 * microsecond and stored in UTC.
 */
@Table
public final class Instance {

    @Id
    private final UUID id;
    @Version
    private Long version;
    private final UUID formVersionId;
    @Embedded.Empty(prefix = "form_")
    private final PinnedDefinition definition;
    private final String owner;
    private final String organisation;
    private final String state;
    private ObjectNode data;
    // Kept as UTC date-times: Spring Data JDBC binds an Instant as a Timestamp in the JVM's zone.
    private final OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;

    @PersistenceCreator
    Instance(UUID id, Long version, UUID formVersionId, PinnedDefinition definition, String owner,
            String organisation, String state, ObjectNode data, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.version = version;
        this.formVersionId = Objects.requireNonNull(formVersionId, "formVersionId");
        this.definition = Objects.requireNonNull(definition, "definition");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.organisation = organisation;
        this.state = Objects.requireNonNull(state, "state");
        this.data = Objects.requireNonNull(data, "data");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * Starts a new, not yet stored instance of {@code definition} with empty data.
     *
     * @param formVersionId the id under which the ledger stored {@code definition}
     * @param organisation  the organisation the owner acts for, or {@code null} when acting for themselves
     */
    public static Instance start(FormDefinition definition, UUID formVersionId, String owner, String organisation,
            String initialState, Clock clock) {
        OffsetDateTime now = now(clock);
        return new Instance(UUID.randomUUID(), null, formVersionId, PinnedDefinition.of(definition), owner,
                organisation, initialState, JsonNodeFactory.instance.objectNode(), now, now);
    }

    /** Replaces all the data with a copy of {@code newData}. */
    public void replaceData(ObjectNode newData, Clock clock) {
        this.data = Objects.requireNonNull(newData, "newData").deepCopy();
        this.updatedAt = now(clock);
    }

    // Databases keep microseconds; trimming here makes a loaded instance equal what was saved.
    private static OffsetDateTime now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    public UUID id() {
        return id;
    }

    /** The id of the stored definition version, to fetch its content. */
    public UUID formVersionId() {
        return formVersionId;
    }

    public PinnedDefinition definition() {
        return definition;
    }

    /** The username of the user who started the instance. */
    public String owner() {
        return owner;
    }

    public Optional<String> organisation() {
        return Optional.ofNullable(organisation);
    }

    public String state() {
        return state;
    }

    /** A copy of the data. */
    public ObjectNode data() {
        return data.deepCopy();
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }

    @Override
    public String toString() {
        return "Instance " + id + " of " + definition.code() + "@" + definition.version() + " (" + state + ")";
    }
}
