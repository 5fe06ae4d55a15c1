package it.modulistica.engine.definition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code x-module.registration}: read into the definition, and refused at load when it names a
 * target the installation does not configure or an action its workflow does not have.
 */
class RegistrationPolicyTest {

    @TempDir
    Path root;

    private static ObjectNode registering(String code, String target, String... actions) {
        ObjectNode definition = FormsDirectory.definition(code);
        ObjectNode registration = FormsDirectory.module(definition).putObject("registration");
        registration.put("target", target);
        for (String action : actions) {
            registration.withArray("on").add(action);
        }
        registration.put("awaitProtocol", true);
        return definition;
    }

    private FormCatalog catalog(Set<String> targets) {
        return new FormCatalog(FormSource.directory(root), VersionLedger.NONE, new DefinitionContext(targets));
    }

    @Test
    void readsTheTargetTheActionsAndWhetherTheReceiptAwaitsTheProtocol() {
        new FormsDirectory(root).module("registra", registering("registra", "protocollo", "invia"))
                .validModule("semplice");

        FormCatalog catalog = catalog(Set.of("protocollo", "archivio"));

        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.find("registra").orElseThrow().registration()).hasValueSatisfying(registration -> {
            assertThat(registration.target()).isEqualTo("protocollo");
            assertThat(registration.on()).containsExactly("invia");
            assertThat(registration.deliversOn("invia")).isTrue();
            assertThat(registration.deliversOn("accogli")).isFalse();
            assertThat(registration.awaitProtocol()).isTrue();
        });
        assertThat(catalog.find("semplice").orElseThrow().registration()).isEmpty();
    }

    @Test
    void refusesAnUnknownTargetNamingTheConfiguredOnes() {
        new FormsDirectory(root).module("registra", registering("registra", "stardas", "invia"));

        FormCatalog catalog = catalog(Set.of("protocollo", "archivio"));

        assertThat(catalog.published()).isEmpty();
        assertThat(catalog.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("registra/form.json");
            assertThat(problem.pointer()).isEqualTo("/x-module/registration/target");
            assertThat(problem.message()).contains("\"stardas\"").contains("archivio, protocollo");
        });
        assertThat(catalog(Set.of()).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("nessuna è configurata"));
    }

    @Test
    void refusesActionsTheWorkflowDoesNotHave() {
        new FormsDirectory(root).module("registra", registering("registra", "protocollo", "invia", "protocolla"));

        FormCatalog catalog = catalog(Set.of("protocollo"));

        assertThat(catalog.published()).isEmpty();
        assertThat(catalog.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/x-module/registration/on/1");
            assertThat(problem.message()).contains("\"protocolla\"").contains("\"semplice\"");
        });
    }

    @Test
    void refusesARegistrationWithoutActionsOrWithUnknownMembers() {
        ObjectNode definition = registering("registra", "protocollo");
        ((ObjectNode) FormsDirectory.module(definition).get("registration")).put("retries", 3);
        new FormsDirectory(root).module("registra", definition);

        FormCatalog catalog = catalog(Set.of("protocollo"));

        assertThat(catalog.published()).isEmpty();
        assertThat(catalog.problems()).extracting(DefinitionProblem::pointer)
                .anyMatch(pointer -> pointer.startsWith("/x-module/registration"));
    }
}
