package it.modulistica.engine.lifecycle;

import static it.modulistica.engine.lifecycle.Lifecycle.NO_WINDOW;
import static it.modulistica.engine.lifecycle.Lifecycle.OWNER;
import static it.modulistica.engine.lifecycle.Lifecycle.VALID_DATA;
import static it.modulistica.engine.lifecycle.Lifecycle.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.Instance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Protocol numbers given on creation or on sending; run on each database by a subclass. */
abstract class NumberingTests extends PlatformTests {


    @BeforeEach
    void resetClock() {
        platform.clock.set("2026-08-01T10:00:00Z");
    }

    @Test
    void numbersNewInstancesWithTheModulesPatternInSequence() {
        FormDefinition module = platform.publish("standard", "SERV06_UTENTI_{year}.{seq:7}", NO_WINDOW, "");

        assertThat(lifecycle.create(module.code(), OWNER, null).number()).contains("SERV06_UTENTI_2026.0000001");
        assertThat(lifecycle.create(module.code(), OWNER, null).number()).contains("SERV06_UTENTI_2026.0000002");
    }

    @Test
    void storesTheNumberGivenOnCreationOnTheInstanceRow() {
        FormDefinition module = platform.publish("standard", "{code}.{seq:3}", NO_WINDOW, "");

        Instance created = lifecycle.create(module.code(), OWNER, null);

        assertThat(created.number()).contains(module.code() + ".001");
        assertThat(platform.jdbc.sql("select number from instance where id = :id").param("id", created.id())
                .query(String.class).single()).isEqualTo(module.code() + ".001");
        assertThat(lifecycle.get(created.id(), OWNER).instance().number()).isEqualTo(created.number());
    }

    @Test
    void refusesToNumberAnInstanceTwice() {
        FormDefinition module = platform.publish("standard", "{code}.{seq:3}", NO_WINDOW, "");
        Instance created = lifecycle.create(module.code(), OWNER, null);

        assertThatThrownBy(() -> platform.transactions.executeWithoutResult(status ->
                platform.numbering.numberStored(module, created.id(), platform.clock.instant())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("has a number already");

        // The refused numbering rolled back with its transaction: the next creation takes the next number.
        assertThat(lifecycle.create(module.code(), OWNER, null).number()).contains(module.code() + ".002");
    }

    @Test
    void writesCodeAndVersionOfTheModuleInTheNumber() {
        FormDefinition module = platform.publish("standard", "{code}-{version}/{seq:3}", NO_WINDOW, "");

        assertThat(lifecycle.create(module.code(), OWNER, null).number()).contains(module.code() + "-1.0.0/001");
    }

    @Test
    void numbersAnInstanceOfTheSimpleWorkflowWhenItIsSent() {
        FormDefinition module = platform.publish("semplice", "{code}.{year}.{seq:5}", NO_WINDOW, "");
        Instance draft = lifecycle.create(module.code(), OWNER, null);
        lifecycle.saveDraft(draft.id(), json(VALID_DATA), null, OWNER);

        assertThat(draft.number()).isEmpty();
        lifecycle.act(draft.id(), "invia", OWNER, null, null);

        Instance sent = lifecycle.get(draft.id(), OWNER).instance();
        assertThat(sent.state()).isEqualTo("INVIATA");
        assertThat(sent.number()).contains(module.code() + ".2026.00001");
        assertThat(sent.frozenData()).contains(json(VALID_DATA));
    }

    @Test
    void givesBackTheNumberOfATransactionThatRollsBack() {
        FormDefinition module = platform.publish("standard", "{code}_{year}.{seq:4}", NO_WINDOW, "");
        lifecycle.create(module.code(), OWNER, null);

        assertThatThrownBy(() -> platform.transactions.executeWithoutResult(status -> {
            assertThat(lifecycle.create(module.code(), OWNER, null).number()).contains(module.code() + "_2026.0002");
            throw new IllegalStateException("the request failed after numbering");
        })).hasMessage("the request failed after numbering");

        assertThat(lifecycle.create(module.code(), OWNER, null).number()).contains(module.code() + "_2026.0002");
    }

    @Test
    void takesTheYearInRomeAndStartsAgainFromOneInTheNewYear() {
        FormDefinition module = platform.publish("standard", "{code}_{year}.{seq:4}", NO_WINDOW, "");
        platform.clock.set("2026-12-31T22:30:00Z");
        String lastOf2026 = lifecycle.create(module.code(), OWNER, null).number().orElseThrow();
        platform.clock.set("2026-12-31T23:30:00Z");

        assertThat(lastOf2026).isEqualTo(module.code() + "_2026.0001");
        assertThat(lifecycle.create(module.code(), OWNER, null).number()).contains(module.code() + "_2027.0001");
    }

    @Test
    void keepsCountingAcrossYearsWhenThePatternHasNoYear() {
        FormDefinition module = platform.publish("standard", "{code}-{seq:3}", NO_WINDOW, "");
        lifecycle.create(module.code(), OWNER, null);
        platform.clock.set("2027-03-01T10:00:00Z");

        assertThat(lifecycle.create(module.code(), OWNER, null).number()).contains(module.code() + "-002");
    }

    @Test
    void refusesToGiveANumberOutsideATransaction() {
        FormDefinition module = platform.publish("standard", "{code}-{seq:3}", NO_WINDOW, "");

        assertThatThrownBy(() -> platform.numbering.next(module, platform.clock.instant()))
                .isInstanceOf(IllegalStateException.class);
    }
}
