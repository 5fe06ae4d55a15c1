package it.modulistica.engine.lifecycle;

import static it.modulistica.workflow.Actor.OPERATOR;
import static it.modulistica.workflow.Actor.OWNER;
import static it.modulistica.workflow.Effect.ASSIGN_NUMBER;
import static it.modulistica.workflow.Effect.FREEZE_DATA;
import static it.modulistica.workflow.Effect.NOTIFY_OWNER;
import static it.modulistica.workflow.Effect.RENDER_PDF;
import static it.modulistica.workflow.Effect.SEND_RECEIPT;
import static it.modulistica.workflow.Guard.DATA_VALID;
import static it.modulistica.workflow.Guard.WINDOW_OPEN;

import it.modulistica.workflow.Action;
import it.modulistica.workflow.ActionInput;
import it.modulistica.workflow.Actor;
import it.modulistica.workflow.Effect;
import it.modulistica.workflow.Guard;
import it.modulistica.workflow.Label;
import it.modulistica.workflow.NoteInput;
import it.modulistica.workflow.State;
import it.modulistica.workflow.WorkflowDefinition;
import java.util.List;
import java.util.Set;

/** The standard and the simple workflow of the platform, built as the workflow files describe them. */
final class Workflows {

    private Workflows() {
    }

    static WorkflowDefinition standard() {
        return new WorkflowDefinition("standard", new Label("Procedimento standard", ""), "BOZZA", List.of(ASSIGN_NUMBER),
                List.of(
                        state("BOZZA", true, "in-lavorazione", false),
                        state("DA_INVIARE", false, "in-lavorazione", false),
                        state("INVIATA", false, "inviate", false),
                        state("IN_LAVORAZIONE", false, "inviate", false),
                        state("IN_ATTESA_INTEGRAZIONE", false, "in-attesa-integrazione", false),
                        state("ACCOLTA", false, "concluse", true),
                        state("RESPINTA", false, "concluse", true),
                        state("ARCHIVIATA", false, "concluse", true)),
                List.of(
                        action("completa", "Completa", "", Set.of("BOZZA"), "DA_INVIARE", OWNER, Set.of(DATA_VALID),
                                NoteInput.NONE, List.of()),
                        action("invia", "Invia", "Inviare il modulo? Dopo l'invio non si potrà modificare.",
                                Set.of("DA_INVIARE"), "INVIATA", OWNER, Set.of(WINDOW_OPEN, DATA_VALID), NoteInput.NONE,
                                List.of(FREEZE_DATA, RENDER_PDF, SEND_RECEIPT)),
                        action("riporta-in-bozza", "Riporta in bozza", "", Set.of("DA_INVIARE"), "BOZZA", OWNER,
                                Set.of(), NoteInput.NONE, List.of()),
                        action("prendi-in-carico", "Prendi in carico", "", Set.of("INVIATA"), "IN_LAVORAZIONE", OPERATOR,
                                Set.of(), NoteInput.NONE, List.of()),
                        action("richiedi-integrazione", "Richiedi integrazione", "", Set.of("IN_LAVORAZIONE"),
                                "IN_ATTESA_INTEGRAZIONE", OPERATOR, Set.of(), NoteInput.REQUIRED, List.of(NOTIFY_OWNER)),
                        action("invia-integrazione", "Invia integrazione", "", Set.of("IN_ATTESA_INTEGRAZIONE"),
                                "IN_LAVORAZIONE", OWNER, Set.of(), NoteInput.OPTIONAL, List.of()),
                        action("accogli", "Accogli", "", Set.of("IN_LAVORAZIONE"), "ACCOLTA", OPERATOR, Set.of(),
                                NoteInput.OPTIONAL, List.of()),
                        action("respingi", "Respingi", "", Set.of("IN_LAVORAZIONE"), "RESPINTA", OPERATOR, Set.of(),
                                NoteInput.REQUIRED, List.of()),
                        action("archivia", "Archivia", "", Set.of("ACCOLTA", "RESPINTA"), "ARCHIVIATA", OPERATOR,
                                Set.of(), NoteInput.NONE, List.of())));
    }

    static WorkflowDefinition simple() {
        return new WorkflowDefinition("semplice", new Label("Invio semplice", ""), "BOZZA", List.of(),
                List.of(state("BOZZA", true, "in-lavorazione", false), state("INVIATA", false, "inviate", true)),
                List.of(action("invia", "Invia", "Inviare il modulo?", Set.of("BOZZA"), "INVIATA", OWNER,
                        Set.of(WINDOW_OPEN, DATA_VALID), NoteInput.NONE,
                        List.of(ASSIGN_NUMBER, FREEZE_DATA, RENDER_PDF, SEND_RECEIPT))));
    }

    private static State state(String code, boolean ownerMayEdit, String tab, boolean finalState) {
        return new State(code, new Label(code.replace('_', ' '), ""), ownerMayEdit, tab, finalState);
    }

    private static Action action(String code, String label, String confirmation, Set<String> from, String to,
            Actor actor, Set<Guard> guards, NoteInput note, List<Effect> effects) {
        return new Action(code, new Label(label, ""), new Label(confirmation, ""), from, to, Set.of(actor), guards,
                new ActionInput(note, code.equals("invia-integrazione"), Set.of("accogli", "respingi").contains(code)),
                effects);
    }
}
