package it.modulistica.engine.lifecycle;

import static it.modulistica.engine.lifecycle.Lifecycle.OWNER;
import static it.modulistica.engine.lifecycle.Lifecycle.SUMMER_WINDOW;
import static it.modulistica.engine.lifecycle.Lifecycle.VALID_DATA;
import static it.modulistica.engine.lifecycle.Lifecycle.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.Instance;
import it.modulistica.engine.window.ModuleClosed;
import it.modulistica.engine.window.OpeningWindows;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The opening window of a module (25/07/2026 12:00 to 02/09/2026 12:00, Rome), its extensions and
 * unlocks, as creation, saving and sending see them; run on each database by a subclass.
 */
abstract class OpeningWindowTests extends PlatformTests {

    private static final String CLOSED = "Il modulo non è più compilabile: termine scaduto il 02/09/2026 alle 12:00";
    // 12:00 in Rome is 10:00 UTC in summer.
    private static final String JUST_BEFORE_CLOSING = "2026-09-02T09:59:00Z";
    private static final String AT_CLOSING = "2026-09-02T10:00:00Z";

    private OpeningWindows windows;
    private FormDefinition module;

    @BeforeAll
    void windows() {
        windows = platform.windows;
    }

    @BeforeEach
    void publishModule() {
        platform.clock.set("2026-08-01T10:00:00Z");
        module = platform.publish("standard", "{code}.{seq:4}", SUMMER_WINDOW, "");
    }

    @Test
    void refusesCreationBeforeTheWindowOpensSayingWhenItWill() {
        platform.clock.set("2026-07-25T09:59:00Z");

        assertThatThrownBy(() -> lifecycle.create(module.code(), OWNER, null)).isInstanceOf(ModuleClosed.class)
                .hasMessage("Il modulo sarà compilabile dal 25/07/2026 alle 12:00");
        platform.clock.set("2026-07-25T10:00:00Z");
        assertThat(lifecycle.create(module.code(), OWNER, null).state()).isEqualTo("BOZZA");
    }

    @Test
    void refusesCreationOnceTheWindowClosesSayingWhen() {
        platform.clock.set(JUST_BEFORE_CLOSING);
        lifecycle.create(module.code(), OWNER, null);
        platform.clock.set(AT_CLOSING);

        assertThatThrownBy(() -> lifecycle.create(module.code(), OWNER, null)).isInstanceOf(ModuleClosed.class)
                .hasMessage(CLOSED);
    }

    @Test
    void refusesSavingADraftOnceTheWindowCloses() {
        Instance draft = platform.reach(module, "BOZZA");
        platform.clock.set(AT_CLOSING);

        assertThatThrownBy(() -> lifecycle.saveDraft(draft.id(), json(VALID_DATA), null, OWNER))
                .isInstanceOf(ModuleClosed.class).hasMessage(CLOSED);
    }

    @Test
    void refusesSendingOnceTheWindowClosesButLetsTheOwnerGoBackToTheDraft() {
        Instance ready = platform.reach(module, "DA_INVIARE");
        platform.clock.set(AT_CLOSING);

        assertThatThrownBy(() -> lifecycle.act(ready.id(), "invia", OWNER, null, null))
                .isInstanceOf(ModuleClosed.class).hasMessage(CLOSED);
        assertThat(lifecycle.act(ready.id(), "riporta-in-bozza", OWNER, null, null).state()).isEqualTo("BOZZA");
    }

    @Test
    void reopensWithAnExtensionTheLatestOfWhichWins() {
        Instance ready = platform.reach(module, "DA_INVIARE");
        windows.extend(module.code(), LocalDateTime.parse("2026-09-30T18:00"), "Proroga regionale", "admin");
        platform.clock.set("2026-08-20T10:00:00Z");
        windows.extend(module.code(), LocalDateTime.parse("2026-09-15T18:00"), "Proroga corretta", "admin");
        platform.clock.set("2026-09-10T10:00:00Z");

        assertThat(lifecycle.act(ready.id(), "invia", OWNER, null, null).state()).isEqualTo("INVIATA");
        platform.clock.set("2026-09-20T10:00:00Z");
        assertThatThrownBy(() -> lifecycle.create(module.code(), OWNER, null)).isInstanceOf(ModuleClosed.class)
                .hasMessage("Il modulo non è più compilabile: termine scaduto il 15/09/2026 alle 18:00");
        assertThat(windows.effective(module).closes()).isEqualTo(LocalDateTime.parse("2026-09-15T18:00"));
    }

    @Test
    void reopensForTheUnlockedOrganisationOnly() {
        platform.clock.set(AT_CLOSING);
        windows.unlock(module.code(), "c_l219", null, "Guasto del 01/09", "admin");

        UUID unlocked = lifecycle.create(module.code(), OWNER, "c_l219").id();
        lifecycle.saveDraft(unlocked, json(VALID_DATA), null, OWNER);
        lifecycle.act(unlocked, "completa", OWNER, null, null);
        assertThat(lifecycle.act(unlocked, "invia", OWNER, null, null).state()).isEqualTo("INVIATA");
        assertThatThrownBy(() -> lifecycle.create(module.code(), OWNER, "c_a001")).isInstanceOf(ModuleClosed.class)
                .hasMessage(CLOSED);
        assertThatThrownBy(() -> lifecycle.create(module.code(), OWNER, null)).isInstanceOf(ModuleClosed.class);
    }

    @Test
    void endsAnUnlockAtItsEnd() {
        platform.clock.set(AT_CLOSING);
        windows.unlock(module.code(), "c_l219", LocalDateTime.parse("2026-09-05T12:00"), "Guasto", "admin");

        assertThat(windows.isOpen(module, "c_l219", Instant.parse("2026-09-05T09:59:00Z"))).isTrue();
        assertThat(windows.isOpen(module, "c_l219", Instant.parse("2026-09-05T10:00:00Z"))).isFalse();
        assertThat(windows.isOpen(module, "c_a001", Instant.parse("2026-09-03T10:00:00Z"))).isFalse();
    }

    @Test
    void keepsAModuleWithoutWindowAlwaysOpen() {
        FormDefinition always = platform.publishStandard();

        assertThat(windows.isOpen(always, null, Instant.parse("1999-01-01T00:00:00Z"))).isTrue();
        assertThat(windows.isOpen(always, null, Instant.parse("2099-01-01T00:00:00Z"))).isTrue();
    }

    @Test
    void refusesAnExtensionWithoutReason() {
        assertThatThrownBy(() -> windows.extend(module.code(), LocalDateTime.parse("2026-09-30T18:00"), " ", "admin"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
