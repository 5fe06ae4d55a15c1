package it.modulistica.engine.instance;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.workflow.Action;
import it.modulistica.workflow.ActionInput;
import it.modulistica.workflow.Actor;
import it.modulistica.workflow.Label;
import it.modulistica.workflow.State;
import it.modulistica.workflow.Transition;
import java.util.List;
import java.util.Set;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InstanceTest {

    private static final Clock STARTED = Clock.fixed(Instant.parse("2025-03-10T09:15:30.123456789Z"), ZoneOffset.UTC);
    private static final Clock EDITED = Clock.fixed(Instant.parse("2025-03-11T10:00:00Z"), ZoneOffset.UTC);

    private final FormDefinition definition = InstancePersistenceTests.definition("utenti-servizi-06", "1.0.0", "Richiesta");

    @Test
    void startsEmptyPinnedToTheDefinitionWithTimesInMicroseconds() {
        Instance instance = Instance.start(definition, UUID.randomUUID(), "mrossi", null, "BOZZA", STARTED);

        assertThat(instance.data()).isEmpty();
        assertThat(instance.definition().matches(definition)).isTrue();
        assertThat(instance.createdAt()).isEqualTo(Instant.parse("2025-03-10T09:15:30.123456Z"));
        assertThat(instance.updatedAt()).isEqualTo(instance.createdAt());
    }

    @Test
    void replacingDataMovesTheUpdateTimeButNotTheCreationTime() {
        Instance instance = Instance.start(definition, UUID.randomUUID(), "mrossi", null, "BOZZA", STARTED);

        instance.replaceData(JsonColumns.readObject("{\"nome\": \"Anna\"}"), EDITED);

        assertThat(instance.data()).isEqualTo(JsonColumns.readObject("{\"nome\": \"Anna\"}"));
        assertThat(instance.updatedAt()).isEqualTo(Instant.parse("2025-03-11T10:00:00Z"));
        assertThat(instance.createdAt()).isEqualTo(Instant.parse("2025-03-10T09:15:30.123456Z"));
    }

    @Test
    void keepsItsDataWhenCallersChangeTheNodesTheyPassedOrReceived() {
        Instance instance = Instance.start(definition, UUID.randomUUID(), "mrossi", null, "BOZZA", STARTED);
        ObjectNode passed = JsonColumns.readObject("{\"nome\": \"Anna\"}");
        instance.replaceData(passed, EDITED);

        passed.put("nome", "Bruno");
        instance.data().put("nome", "Carla");

        assertThat(instance.data().path("nome").asText()).isEqualTo("Anna");
    }

    private static final State BOZZA = new State("BOZZA", new Label("BOZZA", ""), true, "in-lavorazione", false);
    private static final State INVIATA = new State("INVIATA", new Label("INVIATA", ""), false, "inviate", true);
    private static final Action INVIA = new Action("invia", new Label("Invia", ""), Label.EMPTY, Set.of("BOZZA"),
            "INVIATA", Set.of(Actor.OWNER), Set.of(), ActionInput.NOTHING, List.of());

    @Test
    void movesThroughATransitionFromItsStateTakingTheTargetsTab() {
        Instance instance = Instance.start(definition, UUID.randomUUID(), "mrossi", null, BOZZA, STARTED);

        instance.apply(new Transition(INVIA, "BOZZA", "INVIATA"), INVIATA, EDITED);

        assertThat(instance.state()).isEqualTo("INVIATA");
        assertThat(instance.tab()).contains("inviate");
        assertThat(instance.updatedAt()).isEqualTo(Instant.parse("2025-03-11T10:00:00Z"));
    }

    @Test
    void refusesATransitionFromAnotherStateOrToAnotherTarget() {
        Instance instance = Instance.start(definition, UUID.randomUUID(), "mrossi", null, BOZZA, STARTED);

        assertThatThrownBy(() -> instance.apply(new Transition(INVIA, "INVIATA", "INVIATA"), INVIATA, EDITED))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> instance.apply(new Transition(INVIA, "BOZZA", "INVIATA"), BOZZA, EDITED))
                .isInstanceOf(IllegalStateException.class);
        assertThat(instance.state()).isEqualTo("BOZZA");
    }

    @Test
    void takesANumberOnce() {
        Instance instance = Instance.start(definition, UUID.randomUUID(), "mrossi", null, BOZZA, STARTED);
        instance.assignNumber("N.1");

        assertThatThrownBy(() -> instance.assignNumber("N.2")).isInstanceOf(IllegalStateException.class);
        assertThat(instance.number()).contains("N.1");
    }

    @Test
    void freezesACopyOfTheDataOnceWithItsHash() {
        Instance instance = Instance.start(definition, UUID.randomUUID(), "mrossi", null, BOZZA, STARTED);
        instance.replaceData(JsonColumns.readObject("{\"nome\": \"Anna\", \"eta\": 7}"), STARTED);

        instance.freezeData(EDITED);
        instance.replaceData(JsonColumns.readObject("{}"), EDITED);

        assertThat(instance.frozenData()).contains(JsonColumns.readObject("{\"nome\": \"Anna\", \"eta\": 7}"));
        assertThat(instance.frozenSha256()).contains(DefinitionJson.sha256("{\"nome\":\"Anna\",\"eta\":7}"));
        assertThat(instance.sentAt()).contains(Instant.parse("2025-03-11T10:00:00Z"));
        assertThatThrownBy(() -> instance.freezeData(EDITED)).isInstanceOf(IllegalStateException.class);
    }
}
