package it.modulistica.engine.lifecycle;

import static it.modulistica.engine.lifecycle.Lifecycle.OPERATOR;
import static it.modulistica.engine.lifecycle.Lifecycle.OTHER_OFFICE;
import static it.modulistica.engine.lifecycle.Lifecycle.OWNER;
import static it.modulistica.engine.lifecycle.Lifecycle.STRANGER;
import static it.modulistica.engine.lifecycle.Lifecycle.VALID_DATA;
import static it.modulistica.engine.lifecycle.Lifecycle.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.Instance;
import it.modulistica.engine.instance.TallyRecount;
import it.modulistica.engine.validation.Violation;
import it.modulistica.workflow.Action;
import it.modulistica.workflow.TransitionNotAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Creating, saving and moving instances through the standard workflow; run on each database by a subclass. */
abstract class InstanceLifecycleTests extends PlatformTests {

    private FormDefinition module;

    Lifecycle platform() {
        return platform;
    }

    @BeforeEach
    void publishModule() {
        platform.clock.set("2026-08-01T10:00:00Z");
        module = platform.publishStandard();
    }

    @Test
    void createsADraftInTheInitialStateNumberedWithACreationRow() {
        Instance created = lifecycle.create(module.code(), OWNER, "c_l219");

        assertThat(created.state()).isEqualTo("BOZZA");
        assertThat(created.tab()).contains("in-lavorazione");
        assertThat(created.owner()).isEqualTo("mario.rossi");
        assertThat(created.organisation()).contains("c_l219");
        assertThat(created.number()).contains(module.code() + "_2026.0000001");
        assertThat(created.definition().matches(module)).isTrue();
        assertThat(lifecycle.history(created.id(), OWNER)).containsExactly(new HistoryEntry("creazione", null, "BOZZA",
                "mario.rossi", Instant.parse("2026-08-01T10:00:00Z"), null));
    }

    @Test
    void refusesToCreateAnInstanceOfAModuleNotPublished() {
        assertThatThrownBy(() -> lifecycle.create("non-pubblicato", OWNER, null)).isInstanceOf(ModuleNotFound.class)
                .hasMessage("Il modulo non-pubblicato non è pubblicato");
    }

    @Test
    void refusesToCreateWithoutOrganisationAModuleForOrganisations() {
        FormDefinition forOrganisations = platform.publish("standard", "{code}.{seq:4}", Lifecycle.NO_WINDOW,
                ", \"compilers\": {\"organisationRole\": \"LEGALE_RAPPRESENTANTE\"}");

        assertThatThrownBy(() -> lifecycle.create(forOrganisations.code(), OWNER, null))
                .isInstanceOf(OrganisationRequired.class);
        assertThat(lifecycle.create(forOrganisations.code(), OWNER, "c_l219").organisation()).contains("c_l219");
    }

    @Test
    void refusesToActForAnOrganisationWithoutTheModulesRoleThere() {
        FormDefinition forMayors = platform.publish("standard", "{code}.{seq:4}", Lifecycle.NO_WINDOW,
                ", \"compilers\": {\"organisationRole\": \"LEGALE_RAPPRESENTANTE\"}");

        assertThatThrownBy(() -> lifecycle.create(forMayors.code(), OWNER, "c_b111"))
                .isInstanceOf(NotAMember.class)
                .hasMessage("Non risulta legale rappresentante dell'ente c_b111: non può compilare il modulo "
                        + forMayors.code() + " per suo conto");
        assertThatThrownBy(() -> lifecycle.create(forMayors.code(), STRANGER, "c_l219"))
                .isInstanceOf(NotAMember.class);
        assertThat(platform.jdbc.sql("select count(*) from instance where form_code = ?").param(forMayors.code())
                .query(Long.class).single()).isZero();
    }

    @Test
    void actingForAnOrganisationOnAModuleWithoutRoleNeedsAnyMembershipThere() {
        assertThat(lifecycle.create(module.code(), OWNER, "c_b111").organisation()).contains("c_b111");
        assertThatThrownBy(() -> lifecycle.create(module.code(), OWNER, "c_x999"))
                .isInstanceOf(NotAMember.class)
                .hasMessage("Non risulta tra i membri dell'ente c_x999: non può compilare il modulo " + module.code()
                        + " per suo conto");
        assertThat(lifecycle.create(module.code(), STRANGER, null).owner()).isEqualTo("luigi.verdi");
    }

    @Test
    void prefillsTheCallersIdentityAtCreationAndKeepsItLocked() {
        FormDefinition prefilled = platform.publish("standard", "{code}.{seq:4}", Lifecycle.NO_WINDOW,
                ", \"prefill\": {\"/richiedente/nome\": \"firstName\", \"/richiedente/cognome\": \"lastName\"}");

        Instance created = lifecycle.create(prefilled.code(), OWNER, null);
        assertThat(created.data()).isEqualTo(json("{\"richiedente\": {\"nome\": \"Mario\", \"cognome\": \"Rossi\"}}"));

        Instance saved = lifecycle.saveDraft(created.id(), json("{\"richiedente\": {\"eta\": 45}}"), null, OWNER);
        assertThat(saved.data()).isEqualTo(json("{\"richiedente\": {\"nome\": \"Mario\", \"cognome\": \"Rossi\", \"eta\": 45}}"));
        assertThatThrownBy(() -> lifecycle.saveDraft(created.id(),
                json("{\"richiedente\": {\"nome\": \"Maria\", \"cognome\": \"Rossi\"}}"), null, OWNER))
                .isInstanceOfSatisfying(DataInvalid.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("/richiedente/nome", "prefilled")));
        assertThat(lifecycle.get(created.id(), OWNER).instance().data().at("/richiedente/nome").asText()).isEqualTo("Mario");
    }

    @Test
    void prefillsNothingTheCallersIdentityLacks() {
        FormDefinition prefilled = platform.publish("standard", "{code}.{seq:4}", Lifecycle.NO_WINDOW,
                ", \"prefill\": {\"/richiedente/nome\": \"firstName\"}");

        assertThat(lifecycle.create(prefilled.code(), STRANGER, null).data()).isEmpty();
    }

    @Test
    void aPrefilledFieldTheProfileLacksStaysEditableWhileTheOthersAreShownLocked() {
        FormDefinition prefilled = platform.publish("standard", "{code}.{seq:4}", Lifecycle.NO_WINDOW,
                ", \"prefill\": {\"/richiedente/nome\": \"firstName\"}");
        Instance created = lifecycle.create(prefilled.code(), STRANGER, null);

        Instance saved = lifecycle.saveDraft(created.id(), json("{\"richiedente\": {\"nome\": \"Luigi\"}}"), null, STRANGER);
        Instance corrected = lifecycle.saveDraft(created.id(), json("{\"richiedente\": {\"nome\": \"Luigino\"}}"), null,
                STRANGER);

        assertThat(saved.data().at("/richiedente/nome").asText()).isEqualTo("Luigi");
        assertThat(corrected.data().at("/richiedente/nome").asText()).isEqualTo("Luigino");
        assertThat(lifecycle.get(created.id(), STRANGER).lockedFields()).isEmpty();
        Instance owned = lifecycle.create(prefilled.code(), OWNER, null);
        assertThat(lifecycle.get(owned.id(), OWNER).lockedFields()).containsExactly("/richiedente/nome");
    }

    @Test
    void refusesToCompleteWhenTheOrganisationFieldNamesAnotherOrganisation() {
        FormDefinition bound = platform.publish("standard", "{code}.{seq:4}", Lifecycle.NO_WINDOW,
                ", \"compilers\": {\"organisationRole\": \"LEGALE_RAPPRESENTANTE\"}, "
                        + "\"organisationField\": \"/richiedente/cognome\"");
        UUID id = lifecycle.create(bound.code(), OWNER, "c_l219").id();
        lifecycle.saveDraft(id, json("{\"richiedente\": {\"cognome\": \"c_a001\", \"nome\": \"Mario\"}}"), null, OWNER);

        assertThatThrownBy(() -> lifecycle.act(id, "completa", OWNER, null, null))
                .isInstanceOfSatisfying(DataInvalid.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("/richiedente/cognome", "organisation", Map.of("organisation", "c_l219"))));

        lifecycle.saveDraft(id, json("{\"richiedente\": {\"cognome\": \"c_l219\", \"nome\": \"Mario\"}}"), null, OWNER);
        assertThat(lifecycle.act(id, "completa", OWNER, null, null).state()).isEqualTo("DA_INVIARE");
    }

    @Test
    void membersOfTheOrganisationReadAnInstanceSharedWithItAndTakeNoAction() {
        Caller colleague = new Caller("giuseppe.verdi", OperatorAccess.NONE,
                Memberships.of(Map.of("c_l219", Set.of("FUNZIONARIO"))), Identity.UNKNOWN);
        Caller otherMunicipality = new Caller("paola.blu", OperatorAccess.NONE,
                Memberships.of(Map.of("c_a001", Set.of("LEGALE_RAPPRESENTANTE"))), Identity.UNKNOWN);
        String forMayors = ", \"compilers\": {\"organisationRole\": \"LEGALE_RAPPRESENTANTE\"}";
        FormDefinition shared = platform.publish("standard", "{code}.{seq:4}", Lifecycle.NO_WINDOW,
                forMayors + ", \"sharedWithOrganisation\": true");
        FormDefinition notShared = platform.publish("standard", "{code}.{seq:4}", Lifecycle.NO_WINDOW, forMayors);
        UUID id = lifecycle.create(shared.code(), OWNER, "c_l219").id();
        UUID privateId = lifecycle.create(notShared.code(), OWNER, "c_l219").id();

        assertThat(lifecycle.get(id, colleague).instance().owner()).isEqualTo("mario.rossi");
        assertThat(lifecycle.permittedActions(id, colleague)).isEmpty();
        assertThat(lifecycle.history(id, colleague)).hasSize(1);
        assertThatThrownBy(() -> lifecycle.saveDraft(id, json(VALID_DATA), null, colleague))
                .isInstanceOf(NotEditable.class);
        assertThatThrownBy(() -> lifecycle.act(id, "completa", colleague, null, null))
                .isInstanceOf(TransitionNotAllowed.class);
        assertThatThrownBy(() -> lifecycle.delete(id, colleague)).isInstanceOf(NotEditable.class);
        assertThatThrownBy(() -> lifecycle.get(id, otherMunicipality)).isInstanceOf(InstanceNotFound.class);
        assertThatThrownBy(() -> lifecycle.get(privateId, colleague)).isInstanceOf(InstanceNotFound.class);
    }

    @Test
    void goesThroughTheWholeStandardLifecycleRecordingEveryStepInOrder() {
        UUID id = lifecycle.create(module.code(), OWNER, null).id();
        lifecycle.saveDraft(id, json(VALID_DATA), null, OWNER);
        platform.clock.set("2026-08-02T08:00:00Z");
        lifecycle.act(id, "completa", OWNER, null, null);
        lifecycle.act(id, "riporta-in-bozza", OWNER, "", null);
        lifecycle.act(id, "completa", OWNER, null, null);
        platform.clock.set("2026-08-02T08:05:00Z");
        lifecycle.act(id, "invia", OWNER, null, null);
        platform.clock.set("2026-08-03T09:00:00Z");
        lifecycle.act(id, "prendi-in-carico", OPERATOR, null, null);
        lifecycle.act(id, "richiedi-integrazione", OPERATOR, "  Allegare l'ISEE  ", null);
        lifecycle.act(id, "invia-integrazione", OWNER, "ISEE allegato", null);
        lifecycle.act(id, "accogli", OPERATOR, null, null);
        ActionOutcome archived = lifecycle.act(id, "archivia", OPERATOR, null, null);

        Instance instance = lifecycle.get(id, OWNER).instance();
        assertThat(archived).isEqualTo(new ActionOutcome(id, "archivia", "ARCHIVIATA",
                instance.version().orElseThrow(), false));
        assertThat(instance.state()).isEqualTo("ARCHIVIATA");
        assertThat(instance.tab()).contains("concluse");
        assertThat(instance.sentAt()).contains(Instant.parse("2026-08-02T08:05:00Z"));
        assertThat(lifecycle.history(id, OPERATOR))
                .extracting(HistoryEntry::action, HistoryEntry::fromState, HistoryEntry::toState, HistoryEntry::actor,
                        HistoryEntry::note)
                .containsExactly(
                        tuple("creazione", null, "BOZZA", "mario.rossi", null),
                        tuple("completa", "BOZZA", "DA_INVIARE", "mario.rossi", null),
                        tuple("riporta-in-bozza", "DA_INVIARE", "BOZZA", "mario.rossi", null),
                        tuple("completa", "BOZZA", "DA_INVIARE", "mario.rossi", null),
                        tuple("invia", "DA_INVIARE", "INVIATA", "mario.rossi", null),
                        tuple("prendi-in-carico", "INVIATA", "IN_LAVORAZIONE", "anna.bianchi", null),
                        tuple("richiedi-integrazione", "IN_LAVORAZIONE", "IN_ATTESA_INTEGRAZIONE", "anna.bianchi",
                                "Allegare l'ISEE"),
                        tuple("invia-integrazione", "IN_ATTESA_INTEGRAZIONE", "IN_LAVORAZIONE", "mario.rossi",
                                "ISEE allegato"),
                        tuple("accogli", "IN_LAVORAZIONE", "ACCOLTA", "anna.bianchi", null),
                        tuple("archivia", "ACCOLTA", "ARCHIVIATA", "anna.bianchi", null));
        assertThat(lifecycle.history(id, OWNER)).extracting(HistoryEntry::at).isSorted()
                .contains(Instant.parse("2026-08-02T08:05:00Z"));
    }

    @Test
    void countsWhatManySendsAtOnceAndTheOperatorsActionsLeaveExactly() throws Exception {
        List<UUID> ready = new ArrayList<>();
        for (int n = 0; n < 24; n++) {
            ready.add(platform.reach(module, "DA_INVIARE").id());
        }
        ExecutorService owners = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> sends = new ArrayList<>();
            for (UUID id : ready) {
                sends.add(owners.submit(() -> lifecycle.act(id, "invia", OWNER, null, null)));
            }
            for (Future<?> send : sends) {
                send.get(60, TimeUnit.SECONDS);
            }
        } finally {
            owners.shutdownNow();
        }
        for (UUID id : ready.subList(0, 6)) {
            lifecycle.act(id, "prendi-in-carico", OPERATOR, null, null);
        }
        // A refused action changes no count.
        assertThatThrownBy(() -> lifecycle.act(ready.get(0), "invia", OWNER, null, null))
                .isInstanceOf(TransitionNotAllowed.class);

        assertThat(platform.jdbc.sql("select state, sum(n) from instance_state_tally where form_code = :code"
                        + " group by state having sum(n) <> 0 order by state")
                .param("code", module.code()).query((row, n) -> row.getString(1) + "=" + row.getLong(2)).list())
                .containsExactly("INVIATA=18", "IN_LAVORAZIONE=6");
        assertThat(platform.jdbc.sql("select sent_day, sum(n) from instance_day_tally where form_code = :code"
                        + " group by sent_day")
                .param("code", module.code()).query((row, n) -> row.getString(1) + "=" + row.getLong(2)).list())
                .containsExactly("2026-08-01=24");
        assertThat(TallyRecount.differences(platform.database.dataSource()).keySet())
                .noneMatch(key -> key.startsWith(module.code() + "|"));
    }

    @Test
    void refusesAnActionNotPermittedInTheStateListingThePermittedOnes() {
        Instance draft = platform.reach(module, "BOZZA");

        assertThatThrownBy(() -> lifecycle.act(draft.id(), "invia", OWNER, null, null))
                .isInstanceOfSatisfying(TransitionNotAllowed.class, refused -> {
                    assertThat(refused.state()).isEqualTo("BOZZA");
                    assertThat(refused.permitted()).extracting(Action::code).containsExactly("completa");
                });
        assertThat(lifecycle.get(draft.id(), OWNER).instance().state()).isEqualTo("BOZZA");
    }

    @Test
    void refusesTheOwnersActionsToTheOperatorAndTheOperatorsToTheOwner() {
        Instance ready = platform.reach(module, "DA_INVIARE");
        Instance sent = platform.reach(module, "INVIATA");

        assertThatThrownBy(() -> lifecycle.act(ready.id(), "invia", OPERATOR, null, null))
                .isInstanceOf(InstanceNotFound.class);
        assertThatThrownBy(() -> lifecycle.act(sent.id(), "prendi-in-carico", OWNER, null, null))
                .isInstanceOfSatisfying(TransitionNotAllowed.class,
                        refused -> assertThat(refused.permitted()).isEmpty());
    }

    @Test
    void listsThePermittedActionsOfEachCallerWithLabelConfirmationAndInput() {
        Instance ready = platform.reach(module, "DA_INVIARE");
        Instance sent = platform.reach(module, "INVIATA");

        assertThat(lifecycle.permittedActions(ready.id(), OWNER)).extracting(Action::code)
                .containsExactly("invia", "riporta-in-bozza");
        assertThat(lifecycle.permittedActions(ready.id(), OWNER).get(0).confirmation().italian())
                .startsWith("Inviare il modulo?");
        assertThatThrownBy(() -> lifecycle.permittedActions(ready.id(), OPERATOR)).isInstanceOf(InstanceNotFound.class);
        assertThat(lifecycle.permittedActions(sent.id(), OPERATOR)).extracting(Action::code)
                .containsExactly("prendi-in-carico");
        assertThat(lifecycle.get(sent.id(), OPERATOR).state().tab()).isEqualTo("inviate");
    }

    @Test
    void refusesToCompleteIncompleteDataWithTheViolationsAndChangesNothing() {
        Instance draft = platform.reach(module, "BOZZA");
        lifecycle.saveDraft(draft.id(), json("{\"richiedente\": {\"cognome\": \"Rossi\"}}"), null, OWNER);

        assertThatThrownBy(() -> lifecycle.act(draft.id(), "completa", OWNER, null, null))
                .isInstanceOfSatisfying(DataInvalid.class, invalid -> assertThat(invalid.violations())
                        .containsExactly(Violation.of("/richiedente/nome", "required")));
        assertThat(lifecycle.get(draft.id(), OWNER).instance().state()).isEqualTo("BOZZA");
        assertThat(lifecycle.history(draft.id(), OWNER)).extracting(HistoryEntry::action).containsExactly("creazione");
    }

    @Test
    void storesTheDraftAsTheValidatorCleansIt() {
        Instance draft = platform.reach(module, "BOZZA");

        Instance saved = lifecycle.saveDraft(draft.id(),
                json("{\"richiedente\": {\"cognome\": \"Rossi\", \"nome\": \"\"}}"), null, OWNER);

        assertThat(saved.data()).isEqualTo(json("{\"richiedente\": {\"cognome\": \"Rossi\"}}"));
        assertThat(lifecycle.get(draft.id(), OWNER).instance().data()).isEqualTo(saved.data());
        assertThat(saved.version().orElseThrow()).isGreaterThan(draft.version().orElseThrow());
    }

    @Test
    void refusesADraftWithMalformedValues() {
        Instance draft = platform.reach(module, "BOZZA");

        assertThatThrownBy(() -> lifecycle.saveDraft(draft.id(),
                json("{\"richiedente\": {\"cognome\": \"" + "R".repeat(81) + "\"}}"), null, OWNER))
                .isInstanceOfSatisfying(DataInvalid.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::pointer, Violation::code)
                        .containsExactly(tuple("/richiedente/cognome", "maxLength")));
        assertThat(lifecycle.get(draft.id(), OWNER).instance().data()).isEmpty();
    }

    @Test
    void refusesASaveBasedOnAnOlderVersionAndAcceptsTheCurrentOne() {
        Instance draft = platform.reach(module, "BOZZA");
        long first = draft.version().orElseThrow();
        Instance saved = lifecycle.saveDraft(draft.id(), json(VALID_DATA), first, OWNER);

        assertThatThrownBy(() -> lifecycle.saveDraft(draft.id(), json("{}"), first, OWNER))
                .isInstanceOfSatisfying(StaleInstance.class, stale -> {
                    assertThat(stale.expectedVersion()).isEqualTo(first);
                    assertThat(stale.currentVersion()).isEqualTo(saved.version().orElseThrow());
                });
        assertThat(lifecycle.saveDraft(draft.id(), json("{}"), saved.version().orElseThrow(), OWNER).data()).isEmpty();
    }

    @Test
    void refusesToEditAnInstanceOnceSent() {
        Instance sent = platform.reach(module, "INVIATA");

        assertThatThrownBy(() -> lifecycle.saveDraft(sent.id(), json(VALID_DATA), null, OWNER))
                .isInstanceOf(NotEditable.class).hasMessage("Il modulo inviato non può essere modificato");
    }

    @Test
    void hidesDraftsFromTheModulesOperatorAndRefusesTheirEditsAfterTheSend() {
        Instance draft = platform.reach(module, "BOZZA");
        Instance ready = platform.reach(module, "DA_INVIARE");
        Instance sent = platform.reach(module, "INVIATA");

        for (Instance unsent : List.of(draft, ready)) {
            assertThatThrownBy(() -> lifecycle.get(unsent.id(), OPERATOR)).isInstanceOf(InstanceNotFound.class);
            assertThatThrownBy(() -> lifecycle.history(unsent.id(), OPERATOR)).isInstanceOf(InstanceNotFound.class);
            assertThatThrownBy(() -> lifecycle.saveDraft(unsent.id(), json(VALID_DATA), null, OPERATOR))
                    .isInstanceOf(InstanceNotFound.class);
        }
        assertThat(lifecycle.get(sent.id(), OPERATOR).instance().state()).isEqualTo("INVIATA");
        assertThatThrownBy(() -> lifecycle.saveDraft(sent.id(), json(VALID_DATA), null, OPERATOR))
                .isInstanceOf(NotEditable.class).hasMessage("Solo chi compila il modulo può modificarlo");
    }

    @Test
    void asksANoteWhereRequiredAndRefusesOneWhereNoneIsTaken() {
        Instance working = platform.reach(module, "IN_LAVORAZIONE");
        Instance sent = platform.reach(module, "INVIATA");

        assertThatThrownBy(() -> lifecycle.act(working.id(), "richiedi-integrazione", OPERATOR, " ", null))
                .isInstanceOf(NoteRequired.class).hasMessage("L'azione «Richiedi integrazione» richiede una nota");
        assertThatThrownBy(() -> lifecycle.act(sent.id(), "prendi-in-carico", OPERATOR, "Presa", null))
                .isInstanceOf(NoteNotExpected.class).hasMessage("L'azione «Prendi in carico» non prevede una nota");
    }

    @Test
    void hidesAnInstanceFromWhoIsNeitherItsOwnerNorAnOperatorOfItsModule() {
        Instance sent = platform.reach(module, "INVIATA");

        for (Caller outsider : new Caller[] {STRANGER, OTHER_OFFICE}) {
            assertThatThrownBy(() -> lifecycle.get(sent.id(), outsider)).isInstanceOf(InstanceNotFound.class);
            assertThatThrownBy(() -> lifecycle.history(sent.id(), outsider)).isInstanceOf(InstanceNotFound.class);
            assertThatThrownBy(() -> lifecycle.act(sent.id(), "prendi-in-carico", outsider, null, null))
                    .isInstanceOf(InstanceNotFound.class);
            assertThatThrownBy(() -> lifecycle.saveDraft(sent.id(), json("{}"), null, outsider))
                    .isInstanceOf(InstanceNotFound.class);
            assertThatThrownBy(() -> platform.myInstances.star(sent.id(), outsider))
                    .isInstanceOf(InstanceNotFound.class);
        }
        assertThatThrownBy(() -> lifecycle.get(UUID.randomUUID(), OWNER)).isInstanceOf(InstanceNotFound.class);
    }

    @Test
    void deletesADraftOfTheOwnerLogically() {
        Instance draft = platform.reach(module, "BOZZA");

        lifecycle.delete(draft.id(), OWNER);

        assertThatThrownBy(() -> lifecycle.get(draft.id(), OWNER)).isInstanceOf(InstanceNotFound.class);
        assertThat(platform.jdbc.sql("select deleted_at is not null from instance where id = :id")
                .param("id", draft.id()).query(Boolean.class).single()).isTrue();
        assertThat(platform.jdbc.sql("select action from instance_history where instance_id = :id order by id")
                .param("id", draft.id()).query(String.class).list()).containsExactly("creazione", "eliminazione");
    }

    @Test
    void refusesToDeleteAnInstancePastTheDraftOrSomeoneElses() {
        Instance ready = platform.reach(module, "DA_INVIARE");
        Instance draft = platform.reach(module, "BOZZA");

        assertThatThrownBy(() -> lifecycle.delete(ready.id(), OWNER)).isInstanceOf(NotEditable.class)
                .hasMessage("Solo un modulo in bozza può essere eliminato");
        assertThatThrownBy(() -> lifecycle.delete(draft.id(), OPERATOR)).isInstanceOf(InstanceNotFound.class);
        assertThat(lifecycle.get(draft.id(), OWNER).instance().deleted()).isFalse();
    }
}
