package it.modulistica.engine.lifecycle;

import static it.modulistica.engine.lifecycle.Lifecycle.OPERATOR;
import static it.modulistica.engine.lifecycle.Lifecycle.OWNER;
import static it.modulistica.engine.lifecycle.Lifecycle.VALID_DATA;
import static it.modulistica.engine.lifecycle.Lifecycle.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.Instance;
import it.modulistica.engine.window.ModuleClosed;
import it.modulistica.engine.window.ModuleNotPublished;
import it.modulistica.engine.window.ModulePublications;
import it.modulistica.engine.window.PublicationChange;
import it.modulistica.engine.window.PublicationStatus;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Only published modules are compiled: a suspended or retired module refuses creation, saving and
 * sending with a clear message, while its instances stay readable and operators keep working on
 * them; run on each database by a subclass.
 */
abstract class ModulePublicationTests extends PlatformTests {

    private static final String SUSPENDED = "Il modulo è sospeso e non può essere compilato né inviato: "
            + "Aggiornamento della normativa regionale";

    private ModulePublications publications;
    private FormDefinition module;

    @BeforeAll
    void publications() {
        publications = platform.publications;
    }

    @BeforeEach
    void publishModule() {
        platform.clock.set("2026-08-01T10:00:00Z");
        module = platform.publishStandard();
    }

    @Test
    void treatsAModuleNoAdminChangedAsPublished() {
        PublicationChange current = publications.current(module.code());

        assertThat(current.status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(current.changedBy()).isNull();
        assertThat(lifecycle.create(module.code(), OWNER, null).state()).isEqualTo("BOZZA");
    }

    @Test
    void refusesCreatingSavingAndSendingASuspendedModuleGivingTheReason() {
        Instance draft = platform.reach(module, "BOZZA");
        Instance ready = platform.reach(module, "DA_INVIARE");
        publications.change(module.code(), PublicationStatus.SUSPENDED, " Aggiornamento della normativa regionale ",
                "admin");

        assertThatThrownBy(() -> lifecycle.create(module.code(), OWNER, null))
                .isInstanceOf(ModuleNotPublished.class).isInstanceOf(ModuleClosed.class).hasMessage(SUSPENDED);
        assertThatThrownBy(() -> lifecycle.saveDraft(draft.id(), json(VALID_DATA), null, OWNER))
                .isInstanceOf(ModuleNotPublished.class).hasMessage(SUSPENDED);
        assertThatThrownBy(() -> lifecycle.act(ready.id(), "invia", OWNER, null, null))
                .isInstanceOf(ModuleNotPublished.class).hasMessage(SUSPENDED);
        assertThat(lifecycle.get(ready.id(), OWNER).instance().state()).isEqualTo("DA_INVIARE");
    }

    @Test
    void letsOperatorsProcessSentInstancesOfASuspendedModule() {
        Instance sent = platform.reach(module, "INVIATA");
        publications.change(module.code(), PublicationStatus.SUSPENDED, "Verifica in corso", "admin");

        assertThat(lifecycle.act(sent.id(), "prendi-in-carico", OPERATOR, null, null).state())
                .isEqualTo("IN_LAVORAZIONE");
    }

    @Test
    void keepsTheInstancesOfARetiredModuleReadableButRefusesNewOnes() {
        Instance sent = platform.reach(module, "INVIATA");
        publications.change(module.code(), PublicationStatus.RETIRED, null, "admin");

        assertThatThrownBy(() -> lifecycle.create(module.code(), OWNER, null)).isInstanceOf(ModuleNotPublished.class)
                .hasMessage("Il modulo è stato ritirato e non può più essere compilato né inviato");
        assertThat(lifecycle.get(sent.id(), OWNER).instance().state()).isEqualTo("INVIATA");
        assertThat(lifecycle.history(sent.id(), OWNER)).isNotEmpty();
        assertThat(platform.windows.isOpen(module, null, Instant.parse("2026-08-01T10:00:00Z"))).isFalse();
    }

    @Test
    void publishesAgainAndKeepsEveryChangeNewestFirst() {
        publications.change(module.code(), PublicationStatus.SUSPENDED, "Manutenzione", "admin");
        platform.clock.set("2026-08-02T10:00:00Z");
        publications.change(module.code(), PublicationStatus.PUBLISHED, null, "admin2");

        assertThat(lifecycle.create(module.code(), OWNER, null).state()).isEqualTo("BOZZA");
        assertThat(publications.history(module.code()))
                .extracting(PublicationChange::status, PublicationChange::reason, PublicationChange::changedBy,
                        PublicationChange::changedAt)
                .containsExactly(
                        tuple(PublicationStatus.PUBLISHED, null, "admin2",
                                Instant.parse("2026-08-02T10:00:00Z")),
                        tuple(PublicationStatus.SUSPENDED, "Manutenzione", "admin",
                                Instant.parse("2026-08-01T10:00:00Z")));
        assertThat(publications.currentByCode().get(module.code()).changedBy()).isEqualTo("admin2");
    }

    @Test
    void refusesASuspensionWithoutReason() {
        assertThatThrownBy(() -> publications.change(module.code(), PublicationStatus.SUSPENDED, " ", "admin"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(publications.history(module.code())).isEmpty();
    }
}
