package it.modulistica.engine.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.attachment.FileStore;
import it.modulistica.engine.backoffice.SearchIndex;
import it.modulistica.engine.definition.CompilerPolicy;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.Instance;
import it.modulistica.engine.instance.InstanceRepository;
import it.modulistica.engine.instance.JdbcVersionLedger;
import it.modulistica.engine.instance.JsonColumns;
import it.modulistica.engine.instance.LockTimes;
import it.modulistica.engine.instance.PinnedDefinitions;
import it.modulistica.engine.numbering.InstanceNumbering;
import it.modulistica.engine.validation.ControlCharacters;
import it.modulistica.engine.validation.FormValidator;
import it.modulistica.engine.validation.ValidationLevel;
import it.modulistica.engine.validation.ValidationResult;
import it.modulistica.engine.validation.Violation;
import it.modulistica.engine.window.ModuleClosed;
import it.modulistica.engine.window.OpeningWindows;
import it.modulistica.workflow.Action;
import it.modulistica.workflow.Actor;
import it.modulistica.workflow.Effect;
import it.modulistica.workflow.State;
import it.modulistica.workflow.Transition;
import it.modulistica.workflow.TransitionNotAllowed;
import it.modulistica.workflow.WorkflowDefinition;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates instances, saves their drafts, moves them through their workflow and deletes them, each
 * operation in one transaction together with its history row, its number and its outbox rows.
 *
 * <p>Every operation is for a {@link Caller}; an instance the caller is neither owner of nor an
 * operator for is reported as {@link InstanceNotFound}. Existing instances are validated against
 * the definition they are pinned to; new ones start from the current published definition. Two
 * changes of one instance at the same time: one wins, the other fails with
 * {@link ConcurrentModification} and changes nothing.
 */
@Transactional
public class InstanceLifecycle {

    static final String CREATION = "creazione";
    static final String DELETION = "eliminazione";

    private final Function<String, Optional<FormDefinition>> forms;
    private final Function<String, Optional<WorkflowDefinition>> workflows;
    private final FormValidator validator;
    private final InstanceRepository instances;
    private final JdbcVersionLedger ledger;
    private final InstanceNumbering numbering;
    private final OpeningWindows windows;
    private final InstanceAccess access;
    private final InstanceHistory history;
    private final Guards guards;
    private final TransitionEffects effects;
    private final RegistrationOutbox registrations;
    private final IdempotencyKeys idempotencyKeys;
    private final ReceiptOutbox receipts;
    private final FileStore files;
    private final FieldFiles fieldFiles;
    private final FileIntake intake;
    private final IssuedDocumentPrinter issuedDocuments;
    private final SearchIndex searchIndex;
    private final Clock clock;

    /**
     * @param forms     the current published definition of a module, by code
     * @param workflows the workflow definition, by code
     * @param pinned    the definition each instance was started with
     * @param issuedDocuments prints the act of an action from the module's template, when it has one
     * @param contacts  the assistance contacts frozen with an instance when it is sent, for its receipt
     */
    public InstanceLifecycle(Function<String, Optional<FormDefinition>> forms,
            Function<String, Optional<WorkflowDefinition>> workflows, PinnedDefinitions pinned,
            FormValidator validator, InstanceRepository instances, JdbcVersionLedger ledger,
            InstanceNumbering numbering, OpeningWindows windows, ReceiptOutbox receipts,
            IssuedDocumentPrinter issuedDocuments, HelpContacts contacts, NamedParameterJdbcOperations operations,
            Dialect dialect, Clock clock) {
        this.forms = forms;
        this.workflows = workflows;
        this.validator = validator;
        this.instances = instances;
        this.ledger = ledger;
        this.numbering = numbering;
        this.windows = windows;
        this.clock = clock;
        JdbcClient jdbc = JdbcClient.create(operations);
        this.access = new InstanceAccess(instances, pinned);
        this.history = new InstanceHistory(jdbc);
        this.files = new FileStore(jdbc);
        this.fieldFiles = new FieldFiles(files);
        this.intake = new FileIntake(files);
        this.issuedDocuments = issuedDocuments;
        this.guards = new Guards(validator, windows, fieldFiles);
        this.effects = new TransitionEffects(new EffectOutbox(operations, JsonColumns.of(dialect)), contacts, clock);
        this.idempotencyKeys = new IdempotencyKeys(jdbc);
        this.registrations = new RegistrationOutbox(jdbc);
        this.receipts = receipts;
        this.searchIndex = new SearchIndex(operations);
    }

    /**
     * Starts an instance of the published module {@code formCode} for the caller, in its workflow's
     * initial state, with the workflow's effects on creation applied and the fields the module
     * prefills written from the caller's identity and from the organisation acted for.
     *
     * @param organisation the organisation the caller acts for, {@code null} for themselves
     * @throws ModuleNotFound        when no such module is published
     * @throws OrganisationRequired  when the module is compiled for organisations only and none is given
     * @throws NotAMember            when the caller does not hold the module's organisation role (any
     *                               role, when the module names none) in {@code organisation}
     * @throws OrganisationNotAllowed when the module is reserved to other organisations
     * @throws ModuleClosed          when its window is closed for this organisation
     * @throws DefinitionDiverged    when this node's definition is not the content stored under its version
     */
    public Instance create(String formCode, Caller caller, String organisation) {
        FormDefinition definition = forms.apply(formCode).orElseThrow(() -> new ModuleNotFound(formCode));
        if (definition.compilers().requiresOrganisation() && organisation == null) {
            throw new OrganisationRequired(formCode, definition.compilers().organisationRole());
        }
        if (organisation != null && !caller.mayActFor(organisation, definition.compilers().organisationRole())) {
            throw new NotAMember(formCode, organisation, definition.compilers().organisationRole());
        }
        if (organisation != null && !definition.organisations().allows(organisation)) {
            throw new OrganisationNotAllowed(definition.title().italian(), organisation);
        }
        WorkflowDefinition workflow = workflow(definition);
        Instant now = clock.instant();
        windows.requireOpen(definition, organisation, now);
        JdbcVersionLedger.Identity stored = ledger.identity(definition.code(), definition.version()).orElseThrow(
                () -> new IllegalStateException("Published module " + definition + " is not in the version ledger"));
        if (!stored.sha256().equals(definition.sha256())) {
            throw new DefinitionDiverged(definition, stored.sha256());
        }
        UUID versionId = stored.id();
        State initial = state(workflow, workflow.initialState());
        Instance instance = Instance.start(definition, versionId, caller.username(), organisation, initial, clock);
        instance.replaceData(IdentityBinding.prefill(definition.compilers(), caller.identity(),
                organisation == null ? Map.of() : caller.memberships().attributesOf(organisation)), clock);
        TransitionEffects.Pending pending = effects.applyInside(instance, definition, workflow.effectsOnCreate());
        Instance saved = save(instance);
        history.append(saved.id(), new HistoryEntry(CREATION, null, initial.code(), caller.username(), now, null));
        effects.enqueue(saved, pending, CREATION, null, now);
        // Numbered last: the module's counter, which every creation of the module waits for, stays
        // locked for one statement and the commit.
        if (pending.number()) {
            saved.assignNumber(numbering.numberStored(definition, saved.id(), now));
        }
        return saved;
    }

    /**
     * Replaces the data of a draft with {@code data} as the validator cleans it. The fields the module
     * prefills from the compiler's identity are locked: left out, they keep their value; sent with
     * another value, the draft is refused with a {@code prefilled} violation on each.
     *
     * @param expectedVersion the version the caller last read (If-Match), {@code null} to skip the check
     * @throws StaleInstance  when the stored version is not {@code expectedVersion}
     * @throws NotEditable    when the caller is not the owner or the state does not let the owner edit
     * @throws ModuleClosed   when the window is closed
     * @throws DataInvalid    with the violations of draft-level validation, or of changed prefilled fields
     */
    public Instance saveDraft(UUID id, JsonNode data, Long expectedVersion, Caller caller) {
        InstanceAccess.Visible visible = access.load(id, caller);
        Instance instance = visible.instance();
        long current = instance.version().orElseThrow();
        if (expectedVersion != null && expectedVersion != current) {
            throw new StaleInstance(id, expectedVersion, current);
        }
        if (!visible.actors().contains(Actor.OWNER)) {
            throw new NotEditable(id, NotEditable.NOT_OWNER);
        }
        if (!state(workflow(visible.definition()), instance.state()).ownerMayEdit()) {
            throw new NotEditable(id, NotEditable.SENT);
        }
        windows.requireOpen(visible.definition(), instance.organisation().orElse(null), clock.instant());
        CompilerPolicy compilers = visible.definition().compilers();
        Set<String> locked = IdentityBinding.locked(compilers, caller.identity());
        List<Violation> changed = IdentityBinding.changedPrefills(locked, instance.data(), data);
        if (!changed.isEmpty()) {
            throw new DataInvalid(changed);
        }
        JsonNode restored = data instanceof ObjectNode object
                ? IdentityBinding.restore(locked, instance.data(), object) : data;
        ValidationResult result = validator.validate(visible.definition(), restored, ValidationLevel.DRAFT);
        if (!result.valid()) {
            throw new DataInvalid(result.violations());
        }
        List<Violation> unknownFiles = fieldFiles.check(visible.definition(), id, result.data());
        if (!unknownFiles.isEmpty()) {
            throw new DataInvalid(unknownFiles);
        }
        instance.replaceData(result.data(), clock);
        return save(instance);
    }

    /**
     * Takes the action {@code actionCode} on the instance: checks the caller's role, the note and the
     * guards, moves the instance, applies the effects and records the history.
     *
     * @param note           the note written with the action, {@code null} or blank for none
     * @param idempotencyKey the request's Idempotency-Key, {@code null} for none; a repeat gets the
     *                       first outcome and acts no more
     * @throws TransitionNotAllowed  when the action is not permitted in this state for the caller
     * @throws NoteRequired          when the action needs a note and none was given
     * @throws NoteNotExpected       when a note was given to an action that takes none
     * @throws ModuleClosed          when a {@code window-open} guard finds the window closed
     * @throws DataInvalid           when a {@code data-valid} guard finds the data incomplete or wrong
     * @throws IdempotencyKeyReused  when the key was used for another action or instance
     * @throws ConcurrentModification when another request changed the instance meanwhile
     */
    public ActionOutcome act(UUID id, String actionCode, Caller caller, String note, String idempotencyKey) {
        return act(id, actionCode, caller, note, idempotencyKey, ActionFiles.NONE);
    }

    /**
     * Takes an action with files: attachments and an uploaded act, each allowed only when the
     * action's input declares it, checked before anything changes and stored with the history row.
     * An action that takes an act and gets none prints it from the module's template, if any.
     *
     * @throws DataInvalid with {@code unknownField} at {@code /attachments} or {@code /issuedDocument}
     *                     for files the action does not take, or the refusal of a file
     * @see #act(UUID, String, Caller, String, String)
     */
    public ActionOutcome act(UUID id, String actionCode, Caller caller, String note, String idempotencyKey,
            ActionFiles given) {
        InstanceAccess.Visible visible = access.load(id, caller);
        if (idempotencyKey != null) {
            Optional<ActionOutcome> earlier = idempotencyKeys.find(caller.username(), idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().instanceId().equals(id) || !earlier.get().action().equals(actionCode)) {
                    throw new IdempotencyKeyReused(idempotencyKey);
                }
                return earlier.get();
            }
        }
        Instance instance = visible.instance();
        FormDefinition definition = visible.definition();
        WorkflowDefinition workflow = workflow(definition);
        Transition transition = workflow.transition(instance.state(), actionCode, visible.actors());
        Action action = transition.action();
        String writtenNote = note == null || note.isBlank() ? null : note.strip();
        checkNote(action, writtenNote);
        List<Violation> noteCharacters = ControlCharacters.check("/note", writtenNote);
        if (!noteCharacters.isEmpty()) {
            throw new DataInvalid(noteCharacters);
        }
        FileIntake.ActionUploads uploads = intake.check(action, given);
        intake.requireRoom(definition, instance, uploads.size(),
                uploads.issued() != null && uploads.attachments().isEmpty() ? FileIntake.ISSUED_DOCUMENT : FileIntake.ATTACHMENTS);
        Instant now = clock.instant();
        guards.check(action, instance, definition, now);
        instance.apply(transition, state(workflow, transition.to()), clock);
        TransitionEffects.Pending pending = effects.applyInside(instance, definition, action.effects());
        // Rows that only this transaction can see come first; the instance row and, when the action
        // numbers, the module's counter are locked by the last statements, so both locks last only
        // until the commit that follows. The receipt is printed after the commit (render-pdf row).
        // When the data are frozen, the declarant's columns go with the instance row's one update.
        SearchIndex.Declarant declarant = action.effects().contains(Effect.FREEZE_DATA)
                ? searchIndex.writeTerms(instance, definition) : null;
        long historyId = history.append(id, new HistoryEntry(action.code(), transition.from(), transition.to(),
                caller.username(), now, writtenNote));
        effects.enqueue(instance, pending, action.code(), writtenNote, now);
        registrations.enqueue(instance, definition, action.code(), now);
        Instance numbered = number(instance, definition, pending, now);
        numbering.lockTimes().taken(LockTimes.Lock.INSTANCE);
        Instance saved = save(numbered, declarant);
        intake.storeAction(saved, definition, action, uploads, historyId, writtenNote, caller.username(), now,
                issuedDocuments);
        ActionOutcome outcome = new ActionOutcome(id, action.code(), saved.state(), saved.version().orElseThrow(), false);
        if (idempotencyKey != null) {
            idempotencyKeys.remember(caller.username(), idempotencyKey, outcome, now);
        }
        return outcome;
    }

    /**
     * The receipt of the instance, printed after sending: the same bytes every time. Printed now and
     * stored if no worker has printed it yet; empty when the instance has none (a draft, or a
     * workflow that prints no receipt). Runs outside any transaction: printing holds no connection.
     *
     * @throws InstanceNotFound when the caller may not see the instance
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<StoredDocument> receipt(UUID id, Caller caller) {
        access.load(id, caller);
        return receipts.obtain(id);
    }

    /**
     * Whether the receipt of the instance is stored, being prepared, or not ordered at all.
     *
     * @throws InstanceNotFound when the caller may not see the instance
     */
    @Transactional(readOnly = true)
    public ReceiptStatus receiptStatus(UUID id, Caller caller) {
        access.load(id, caller);
        return receipts.status(id);
    }

    /**
     * Deletes a draft of the caller's: it is kept, marked deleted, and found no more.
     *
     * @throws NotEditable when the caller is not the owner or the instance is past its initial state
     */
    public void delete(UUID id, Caller caller) {
        InstanceAccess.Visible visible = access.load(id, caller);
        Instance instance = visible.instance();
        if (!visible.actors().contains(Actor.OWNER)) {
            throw new NotEditable(id, NotEditable.NOT_OWNER);
        }
        WorkflowDefinition workflow = workflow(visible.definition());
        if (!instance.state().equals(workflow.initialState()) || !state(workflow, instance.state()).ownerMayEdit()) {
            throw new NotEditable(id, NotEditable.NOT_A_DRAFT);
        }
        Instant now = clock.instant();
        instance.delete(clock);
        save(instance);
        files.deleteAll(id);
        history.append(id, new HistoryEntry(DELETION, instance.state(), instance.state(), caller.username(), now, null));
    }

    /** The instance as the caller sees it, with the actions they may take now. */
    @Transactional(readOnly = true)
    public InstanceView get(UUID id, Caller caller) {
        return view(access.load(id, caller), caller);
    }

    /**
     * What {@link #get} gives for an instance this caller has just created or saved, as {@link #create}
     * or {@link #saveDraft} returned it: read from the database again, it would be the same.
     *
     * @throws InstanceNotFound when the caller may not see it
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public InstanceView view(Instance stored, Caller caller) {
        return view(access.see(stored, caller), caller);
    }

    private InstanceView view(InstanceAccess.Visible visible, Caller caller) {
        WorkflowDefinition workflow = workflow(visible.definition());
        String state = visible.instance().state();
        Set<String> locked = visible.actors().contains(Actor.OWNER)
                ? IdentityBinding.locked(visible.definition().compilers(), caller.identity()) : Set.of();
        return new InstanceView(visible.instance(), visible.definition(), state(workflow, state),
                workflow.permitted(state, visible.actors()), locked);
    }

    /** The actions the caller may take on the instance now, in the workflow's order. */
    @Transactional(readOnly = true)
    public List<Action> permittedActions(UUID id, Caller caller) {
        return get(id, caller).permittedActions();
    }

    /** The instance's history, oldest first. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(UUID id, Caller caller) {
        return history.of(access.load(id, caller).instance().id());
    }

    private static void checkNote(Action action, String note) {
        switch (action.input().note()) {
            case REQUIRED -> {
                if (note == null) {
                    throw new NoteRequired(action.code(), action.label().italian());
                }
            }
            case NONE -> {
                if (note != null) {
                    throw new NoteNotExpected(action.code(), action.label().italian());
                }
            }
            case OPTIONAL -> {
            }
        }
    }

    // The number comes last before the save, so the counter row stays locked only to the commit.
    private Instance number(Instance instance, FormDefinition definition, TransitionEffects.Pending pending,
            Instant now) {
        if (pending.number() && instance.number().isEmpty()) {
            instance.assignNumber(numbering.next(definition, now));
        }
        return instance;
    }

    private Instance save(Instance instance) {
        return save(instance, null);
    }

    /** @param declarant written into the instance's columns with the update; {@code null}: left as they are */
    private Instance save(Instance instance, SearchIndex.Declarant declarant) {
        try {
            return declarant == null ? instances.save(instance)
                    : instances.saveDeclared(instance, declarant.name(), declarant.code());
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentModification(instance.id(), e);
        }
    }

    private WorkflowDefinition workflow(FormDefinition definition) {
        return workflows.apply(definition.workflow()).orElseThrow(() -> new IllegalStateException(
                "Workflow " + definition.workflow() + " of module " + definition + " is not available"));
    }

    private static State state(WorkflowDefinition workflow, String code) {
        return workflow.state(code).orElseThrow(() -> new IllegalStateException(
                "State " + code + " is not in workflow " + workflow.code()));
    }
}
