package it.modulistica.engine.instance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.FormDefinition;
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
}
