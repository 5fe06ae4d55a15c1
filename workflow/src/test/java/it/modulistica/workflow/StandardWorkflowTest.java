package it.modulistica.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StandardWorkflowTest {

    private static final Set<Actor> OWNER = Set.of(Actor.OWNER);
    private static final Set<Actor> OPERATOR = Set.of(Actor.OPERATOR);

    private final WorkflowDefinition standard = ShippedWorkflows.load("standard");

    private List<String> permitted(String state, Set<Actor> actors) {
        return standard.permitted(state, actors).stream().map(Action::code).toList();
    }

    @Test
    void numbersDraftsOnCreationAndStartsInBozza() {
        assertThat(standard.code()).isEqualTo("standard");
        assertThat(standard.initialState()).isEqualTo("BOZZA");
        assertThat(standard.effectsOnCreate()).containsExactly(Effect.ASSIGN_NUMBER);
    }

    @Test
    void ownerMayEditOnlyDrafts() {
        assertThat(standard.states()).filteredOn(State::ownerMayEdit).extracting(State::code).containsExactly("BOZZA");
    }

    @Test
    void placesStatesInTheTabsOfLeMieIstanze() {
        assertThat(standard.states()).extracting(State::code, State::tab, State::finalState).containsExactly(
                tuple("BOZZA", "in-lavorazione", false),
                tuple("DA_INVIARE", "in-lavorazione", false),
                tuple("INVIATA", "inviate", false),
                tuple("IN_LAVORAZIONE", "inviate", false),
                tuple("IN_ATTESA_INTEGRAZIONE", "in-attesa-integrazione", false),
                tuple("ACCOLTA", "concluse", true),
                tuple("RESPINTA", "concluse", true),
                tuple("ARCHIVIATA", "concluse", true));
    }

    @Test
    void labelsStatesAsTheManualDoesAndInEnglish() {
        State daInviare = standard.state("DA_INVIARE").orElseThrow();

        assertThat(daInviare.label().in(Locale.ITALIAN)).isEqualTo("DA INVIARE");
        assertThat(daInviare.label().in(Locale.ENGLISH)).isEqualTo("TO BE SENT");
        assertThat(standard.state("IN_ATTESA_INTEGRAZIONE").orElseThrow().label().italian())
                .isEqualTo("IN ATTESA DI INTEGRAZIONE");
    }

    @Test
    void ownerCompletesADraftOnceTheDataIsValid() {
        assertThat(permitted("BOZZA", OWNER)).containsExactly("completa");
        Action completa = standard.action("completa").orElseThrow();
        assertThat(completa.label().italian()).isEqualTo("Salva e prosegui");
        assertThat(completa.confirmation().italian())
                .isEqualTo("Confermi di voler salvare, uscire dalla compilazione e proseguire al passo successivo?");
        assertThat(completa.guards()).containsExactly(Guard.DATA_VALID);
    }

    @Test
    void ownerSendsOrReturnsToDraftFromDaInviare() {
        assertThat(permitted("DA_INVIARE", OWNER)).containsExactly("invia", "riporta-in-bozza");
        assertThat(permitted("DA_INVIARE", OPERATOR)).isEmpty();
    }

    @Test
    void sendingChecksWindowAndDataThenFreezesRendersAndMailsTheReceipt() {
        Transition transition = standard.transition("DA_INVIARE", "invia", OWNER);

        assertThat(transition.from()).isEqualTo("DA_INVIARE");
        assertThat(transition.to()).isEqualTo("INVIATA");
        assertThat(transition.action().guards()).containsExactlyInAnyOrder(Guard.WINDOW_OPEN, Guard.DATA_VALID);
        assertThat(transition.action().effects())
                .containsExactly(Effect.FREEZE_DATA, Effect.RENDER_PDF, Effect.SEND_RECEIPT);
        assertThat(transition.action().confirmation().italian())
                .isEqualTo("Invia: Seleziona il pulsante conferma per inviare i dati all'ufficio competente");
    }

    @Test
    void onlyTheOperatorMovesASentInstance() {
        assertThat(permitted("INVIATA", OWNER)).isEmpty();
        assertThat(permitted("INVIATA", OPERATOR)).containsExactly("prendi-in-carico");
        assertThat(permitted("IN_LAVORAZIONE", OPERATOR))
                .containsExactly("richiedi-integrazione", "accogli", "respingi");
        assertThat(permitted("IN_LAVORAZIONE", OWNER)).isEmpty();
    }

    @Test
    void ownerAnswersARequestForIntegrationWithNoteAndAttachments() {
        assertThat(permitted("IN_ATTESA_INTEGRAZIONE", OWNER)).containsExactly("invia-integrazione");
        assertThat(permitted("IN_ATTESA_INTEGRAZIONE", OPERATOR)).isEmpty();
        Transition transition = standard.transition("IN_ATTESA_INTEGRAZIONE", "invia-integrazione", OWNER);
        assertThat(transition.to()).isEqualTo("IN_LAVORAZIONE");
        assertThat(transition.action().input()).isEqualTo(new ActionInput(NoteInput.OPTIONAL, true, false));
    }

    @Test
    void operatorsDecisionsCarryNoteAndIssuedDocumentAndNotifyTheOwner() {
        Action richiedi = standard.action("richiedi-integrazione").orElseThrow();
        Action accogli = standard.action("accogli").orElseThrow();
        Action respingi = standard.action("respingi").orElseThrow();

        assertThat(richiedi.input()).isEqualTo(new ActionInput(NoteInput.REQUIRED, false, false));
        assertThat(accogli.input()).isEqualTo(new ActionInput(NoteInput.OPTIONAL, false, true));
        assertThat(respingi.input()).isEqualTo(new ActionInput(NoteInput.REQUIRED, false, true));
        assertThat(List.of(richiedi, accogli, respingi))
                .allSatisfy(a -> assertThat(a.effects()).containsExactly(Effect.NOTIFY_OWNER));
    }

    @Test
    void concludedInstancesCanOnlyBeArchived() {
        assertThat(permitted("ACCOLTA", OPERATOR)).containsExactly("archivia");
        assertThat(permitted("RESPINTA", OPERATOR)).containsExactly("archivia");
        assertThat(standard.transition("RESPINTA", "archivia", OPERATOR).to()).isEqualTo("ARCHIVIATA");
        assertThat(permitted("ARCHIVIATA", Set.of(Actor.values()))).isEmpty();
    }

    @Test
    void refusesAnActionFromTheWrongStateListingThePermittedOnes() {
        TransitionNotAllowed refused = catchThrowableOfType(TransitionNotAllowed.class,
                () -> standard.transition("BOZZA", "invia", OWNER));

        assertThat(refused.state()).isEqualTo("BOZZA");
        assertThat(refused.action()).isEqualTo("invia");
        assertThat(refused.permitted()).extracting(Action::code).containsExactly("completa");
        assertThat(refused.stateLabel()).isEqualTo(new Label("BOZZA", "DRAFT"));
        assertThat(refused.actionLabel().italian()).isEqualTo("Invia");
    }

    @Test
    void refusesAnActionToTheWrongActorListingWhatThatActorMayDo() {
        TransitionNotAllowed refused = catchThrowableOfType(TransitionNotAllowed.class,
                () -> standard.transition("IN_LAVORAZIONE", "accogli", OWNER));

        assertThat(refused.state()).isEqualTo("IN_LAVORAZIONE");
        assertThat(refused.permitted()).isEmpty();

        TransitionNotAllowed ownersOnly = catchThrowableOfType(TransitionNotAllowed.class,
                () -> standard.transition("DA_INVIARE", "invia", OPERATOR));
        assertThat(ownersOnly.permitted()).isEmpty();
    }

    @Test
    void refusesAnUnknownAction() {
        TransitionNotAllowed refused = catchThrowableOfType(TransitionNotAllowed.class,
                () -> standard.transition("DA_INVIARE", "annulla", OWNER));

        assertThat(refused.action()).isEqualTo("annulla");
        assertThat(refused.stateLabel().in(java.util.Locale.ENGLISH)).isEqualTo("TO BE SENT");
        assertThat(refused.actionLabel()).isEqualTo(new Label("annulla", "annulla"));
        assertThat(refused.permitted()).extracting(Action::code).containsExactly("invia", "riporta-in-bozza");
    }
}
