package it.modulistica.engine.instance;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.workflow.State;
import it.modulistica.workflow.Transition;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
 * <p>Its lifecycle moves through {@link #apply(Transition, State, Clock)}, which accepts only a
 * transition from the state the instance is in; the number is assigned once, the data frozen once,
 * and a deleted instance stays deleted.
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
    private String state;
    private String tab;
    private ObjectNode data;
    private String number;
    private ObjectNode frozenData;
    private String frozenSha256;
    private String routingCategory;
    private ObjectNode frozenContacts;
    // Kept as UTC date-times: Spring Data JDBC binds an Instant as a Timestamp in the JVM's zone.
    private final OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    private OffsetDateTime sentAt;
    private OffsetDateTime deletedAt;
    /** What of the instance as last stored is counted ({@link InstanceTallies}), {@code null} for nothing. */
    private InstanceTallies.Counted counted;

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
     * An instance as its row holds it, for {@link InstanceRowsSql}: the fields the constructor does not
     * take set as stored.
     */
    static Instance restore(UUID id, long version, UUID formVersionId, PinnedDefinition definition, String owner,
            String organisation, String state, String tab, ObjectNode data, String number, ObjectNode frozenData,
            String frozenSha256, String routingCategory, ObjectNode frozenContacts, OffsetDateTime createdAt,
            OffsetDateTime updatedAt, OffsetDateTime sentAt, OffsetDateTime deletedAt) {
        Instance instance = new Instance(id, version, formVersionId, definition, owner, organisation, state, data,
                createdAt, updatedAt);
        instance.tab = tab;
        instance.number = number;
        instance.frozenData = frozenData;
        instance.frozenSha256 = frozenSha256;
        instance.routingCategory = routingCategory;
        instance.frozenContacts = frozenContacts;
        instance.sentAt = sentAt;
        instance.deletedAt = deletedAt;
        instance.counted = instance.countedNow();
        return instance;
    }

    /**
     * Starts a new, not yet stored instance of {@code definition} with empty data in a state given by
     * its code alone, without a tab: for storage that does not go through a workflow.
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

    /**
     * Starts a new, not yet stored instance of {@code definition} with empty data, in the workflow's
     * initial state and its tab.
     */
    public static Instance start(FormDefinition definition, UUID formVersionId, String owner, String organisation,
            State initialState, Clock clock) {
        Instance instance = start(definition, formVersionId, owner, organisation, initialState.code(), clock);
        instance.tab = initialState.tab();
        return instance;
    }

    /**
     * Moves to the state {@code transition} leads to; {@code target} is that state, whose tab the
     * instance takes.
     *
     * @throws IllegalStateException if the transition does not start from the current state, or
     *                               {@code target} is not the state it leads to
     */
    public void apply(Transition transition, State target, Clock clock) {
        if (!transition.from().equals(state)) {
            throw new IllegalStateException(this + " cannot take " + transition.action().code() + " from "
                    + transition.from());
        }
        if (!transition.to().equals(target.code())) {
            throw new IllegalStateException("Transition " + transition.action().code() + " leads to "
                    + transition.to() + ", not " + target.code());
        }
        this.state = target.code();
        this.tab = target.tab();
        this.updatedAt = now(clock);
    }

    /**
     * Gives the instance its protocol number.
     *
     * @throws IllegalStateException if it already has one
     */
    public void assignNumber(String newNumber) {
        if (number != null) {
            throw new IllegalStateException(this + " already has number " + number);
        }
        this.number = Objects.requireNonNull(newNumber, "newNumber");
    }

    /**
     * Keeps a copy of the data as sent, with the SHA-256 of its canonical JSON text, and the time it
     * was sent.
     *
     * @throws IllegalStateException if the data is already frozen
     */
    public void freezeData(Clock clock) {
        freezeData(null, List.of(), clock);
    }

    /**
     * Keeps a copy of the data as sent, as {@link #freezeData(Clock)}, with the category of the
     * operators it goes to when its module routes it by its data, and the assistance contacts its
     * receipt prints.
     *
     * @param routingCategory the category chosen in the data ({@code x-module.routing}), {@code null}
     *                        when the module's own category receives it
     * @throws IllegalStateException if the data is already frozen
     */
    public void freezeData(String routingCategory, List<HelpContact> contacts, Clock clock) {
        if (frozenData != null) {
            throw new IllegalStateException(this + " has its data frozen already");
        }
        this.routingCategory = routingCategory;
        this.frozenContacts = contacts.isEmpty() ? null : HelpContact.write(contacts);
        this.frozenData = data.deepCopy();
        this.frozenSha256 = DefinitionJson.sha256(DefinitionJson.canonical(frozenData));
        this.sentAt = now(clock);
        this.updatedAt = sentAt;
    }

    /** Marks the instance deleted; it is kept, but no longer shown or changed. */
    public void delete(Clock clock) {
        if (deletedAt != null) {
            throw new IllegalStateException(this + " is deleted already");
        }
        this.deletedAt = now(clock);
        this.updatedAt = deletedAt;
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

    /** The stored version, which each save increases; empty before the first save. */
    public Optional<Long> version() {
        return Optional.ofNullable(version);
    }

    public String state() {
        return state;
    }

    /** The "Le mie istanze" tab of the current state; empty for instances started outside a workflow. */
    public Optional<String> tab() {
        return Optional.ofNullable(tab);
    }

    /** The protocol number, once assigned. */
    public Optional<String> number() {
        return Optional.ofNullable(number);
    }

    /** A copy of the data as it was when sent, once frozen. */
    public Optional<ObjectNode> frozenData() {
        return Optional.ofNullable(frozenData).map(ObjectNode::deepCopy);
    }

    /** The SHA-256 (hex) of the canonical JSON text of the frozen data, once frozen. */
    public Optional<String> frozenSha256() {
        return Optional.ofNullable(frozenSha256);
    }

    /**
     * The category whose operators the instance went to when sent, chosen in its data; empty when it
     * went to the module's own category (its module does not route, or the field was empty).
     */
    public Optional<String> routingCategory() {
        return Optional.ofNullable(routingCategory);
    }

    /** The assistance contacts as they were when the instance was sent; empty before, or when there were none. */
    public List<HelpContact> helpContacts() {
        return frozenContacts == null ? List.of() : HelpContact.read(frozenContacts);
    }

    /** When the data was frozen, that is when the instance was sent. */
    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt).map(OffsetDateTime::toInstant);
    }

    public boolean deleted() {
        return deletedAt != null;
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

    // The columns as stored, for InstanceRowsSql, without the copies the public accessors make.

    ObjectNode dataColumn() {
        return data;
    }

    ObjectNode frozenDataColumn() {
        return frozenData;
    }

    ObjectNode frozenContactsColumn() {
        return frozenContacts;
    }

    OffsetDateTime createdAtColumn() {
        return createdAt;
    }

    OffsetDateTime updatedAtColumn() {
        return updatedAt;
    }

    OffsetDateTime sentAtColumn() {
        return sentAt;
    }

    OffsetDateTime deletedAtColumn() {
        return deletedAt;
    }

    /** Records the version the repository stored. */
    void stored(long newVersion) {
        this.version = newVersion;
        this.counted = countedNow();
    }

    /** What of the instance as last stored is counted, {@code null} for nothing. */
    InstanceTallies.Counted countedAsStored() {
        return counted;
    }

    /** What of the instance as it is now would be counted, {@code null} for nothing. */
    InstanceTallies.Counted countedNow() {
        return InstanceTallies.Counted.of(id, definition.code(), routingCategory, state, sentAt, deletedAt);
    }

    @Override
    public String toString() {
        return "Instance " + id + " of " + definition.code() + "@" + definition.version() + " (" + state + ")";
    }
}
