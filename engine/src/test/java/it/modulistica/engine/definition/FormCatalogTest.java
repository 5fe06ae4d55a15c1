package it.modulistica.engine.definition;

import static it.modulistica.engine.definition.FormsDirectory.definition;
import static it.modulistica.engine.definition.FormsDirectory.fieldB;
import static it.modulistica.engine.definition.FormsDirectory.module;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FormCatalogTest {

    private static final String BROKEN = "rotto/form.json";

    @TempDir
    Path root;

    private FormsDirectory forms() {
        return new FormsDirectory(root);
    }

    private FormCatalog catalog() {
        return new FormCatalog(FormSource.directory(root), VersionLedger.NONE);
    }

    @Test
    void loadsAValidDefinitionAndItsDataSource() {
        ObjectNode definition = definition("valido");
        fieldB(definition).putObject("x-options").put("source", "province").put("value", "sigla").put("label", "nome");
        forms().module("valido", definition)
                .write("data/province.json", "[{\"sigla\": \"TO\", \"nome\": \"Torino\"}]");

        FormCatalog catalog = catalog();

        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.published()).extracting(FormDefinition::code).containsExactly("valido");
        assertThat(catalog.find("valido")).hasValueSatisfying(d -> {
            assertThat(d.title().italian()).isEqualTo("Modulo di prova");
            assertThat(d.field("/a/b").orElseThrow().widget()).isEqualTo(Widget.SELECT);
        });
        assertThat(catalog.find("assente")).isEmpty();
        assertThat(catalog.dataSources().names()).containsExactly("province");
        assertThat(catalog.dataSources().find("province").orElseThrow().items())
                .containsExactly(Map.of("sigla", "TO", "nome", "Torino"));
    }

    @Test
    void loadsTheWorkflowsAndPublishesOnlyModulesWhoseWorkflowLoaded() {
        forms().validModule("valido")
                .module("senza", withWorkflow("senza", "inesistente"))
                .write("workflows/rotto.json", "{\"title\": \"Rotto\", \"initial\": \"BOZZA\", \"states\": [], \"actions\": []}")
                .module("conrotto", withWorkflow("conrotto", "rotto"));

        FormCatalog catalog = catalog();

        assertThat(catalog.workflows()).containsOnlyKeys("semplice");
        assertThat(catalog.workflow("semplice").orElseThrow().initialState()).isEqualTo("BOZZA");
        assertThat(catalog.published()).extracting(FormDefinition::code).containsExactly("valido");
        assertThat(catalog.problems()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("senza/form.json");
            assertThat(problem.pointer()).isEqualTo("/x-module/workflow");
            assertThat(problem.message()).contains("inesistente");
        }).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("conrotto/form.json");
            assertThat(problem.pointer()).isEqualTo("/x-module/workflow");
        }).anySatisfy(problem -> assertThat(problem.file()).isEqualTo("workflows/rotto.json"));
    }

    @Test
    void aWorkflowFixedWhileTheAppRunsPublishesItsModules() {
        forms().module("modulo", withWorkflow("modulo", "proprio"))
                .write("workflows/proprio.json", "{ rotto");
        FormCatalog catalog = catalog();
        assertThat(catalog.published()).isEmpty();

        forms().write("workflows/proprio.json", FormsDirectory.simpleWorkflow());

        assertThat(catalog.refreshIfChanged()).isTrue();
        assertThat(catalog.published()).extracting(FormDefinition::code).containsExactly("modulo");
        assertThat(catalog.problems()).isEmpty();
    }

    static Stream<Arguments> brokenDefinitions() {
        return Stream.of(
                broken("malformed JSON", forms -> forms.write(BROKEN, "{\n  \"title\": \"x\",\n  oops\n}"),
                        "", "riga 3"),
                broken("duplicate property name", forms -> forms.write(BROKEN, definition("rotto").toPrettyString()
                                .replace("\"email\" :", "\"b\" :")), "", "Duplicate field 'b'"),
                broken("unknown widget", forms -> forms.module("rotto", with(d -> fieldB(d).put("x-widget", "slider"))),
                        "/properties/a/properties/b/x-widget", "slider"),
                broken("condition on a missing field", forms -> forms.module("rotto", with(d -> fieldB(d)
                                .putObject("x-visible-when").put("field", "/a/manca").put("equals", "si"))),
                        "/properties/a/properties/b/x-visible-when/field", "/a/manca"),
                broken("unknown data source", forms -> forms.module("rotto", with(d -> fieldB(d)
                                .putObject("x-options").put("source", "nessuna").put("value", "codice"))),
                        "/properties/a/properties/b/x-options/source", "nessuna"),
                broken("invalid regular expression", forms -> forms.module("rotto", with(d -> fieldB(d).put("pattern", "[a-"))),
                        "/properties/a/properties/b/pattern", "Espressione regolare non valida"),
                broken("misspelt keyword", forms -> forms.module("rotto", with(d -> fieldB(d).put("tilte", "Campo"))),
                        "/properties/a/properties/b", "tilte"),
                broken("code other than the folder", forms -> forms.module("rotto", definition("altro")),
                        "/x-module/code", "\"rotto\""),
                broken("version not semver", forms -> forms.module("rotto", with(d -> module(d).put("version", "1.0"))),
                        "/x-module/version", "semver"),
                broken("unknown numbering token", forms -> forms.module("rotto",
                                with(d -> module(d).put("numbering", "{anno}-{seq:5}"))),
                        "/x-module/numbering", "{anno}"),
                broken("window opening after closing", forms -> forms.module("rotto", with(d -> module(d).putObject("window")
                                .put("opens", "2025-03-01T00:00").put("closes", "2025-02-01T00:00"))),
                        "/x-module/window", "precedere"),
                broken("required name not among properties", forms -> forms.module("rotto", with(d ->
                                ((ObjectNode) d.path("properties").path("a")).putArray("required").add("b").add("manca"))),
                        "/properties/a/required/1", "\"manca\""),
                broken("receipt recipient not an e-mail", forms -> forms.module("rotto", with(d -> module(d)
                                .putObject("receipt").putArray("recipientFields").add("/a/b"))),
                        "/x-module/receipt/recipientFields/0", "/a/b"),
                broken("notification recipient not a field of the module", forms -> forms.module("rotto", with(d -> module(d)
                                .putObject("notification").putArray("recipientFields").add("/a/manca"))),
                        "/x-module/notification/recipientFields/0", "Il destinatario degli avvisi \"/a/manca\" deve essere"
                                + " un campo con formato email o pec: il modulo non ha questo campo"),
                broken("notification recipient not an e-mail", forms -> forms.module("rotto", with(d -> module(d)
                                .putObject("notification").putArray("recipientFields").add("/a/b"))),
                        "/x-module/notification/recipientFields/0", "/a/b"),
                broken("notices to nobody", forms -> forms.module("rotto", with(d -> module(d)
                                .putObject("notification").put("owner", false))),
                        "/x-module/notification", "\"owner\": false"),
                broken("notification with an unknown key", forms -> forms.module("rotto", with(d -> module(d)
                                .putObject("notification").putArray("recipientField").add("/a/b"))),
                        "/x-module/notification", "recipientField"),
                broken("organisation field naming a section", forms -> forms.module("rotto", with(d -> forOrganisations(d)
                                .put("organisationField", "/a"))),
                        "/x-module/organisationField", "\"/a\""),
                broken("organisation field without organisation role", forms -> forms.module("rotto", with(d -> module(d)
                                .put("organisationField", "/a/b"))),
                        "/x-module/organisationField", "compilers.organisationRole"),
                broken("prefill from an unknown attribute", forms -> forms.module("rotto", with(d -> module(d)
                                .putObject("prefill").put("/a/b", "dataNascita"))),
                        "/x-module/prefill/~1a~1b", "dataNascita"),
                broken("prefill of a missing field", forms -> forms.module("rotto", with(d -> module(d)
                                .putObject("prefill").put("/a/manca", "firstName"))),
                        "/x-module/prefill/~1a~1manca", "/a/manca"),
                broken("routing by a section", forms -> forms.module("rotto", with(d -> module(d)
                                .putObject("routing").put("categoryField", "/a"))),
                        "/x-module/routing/categoryField", "\"/a\""),
                broken("routing by a missing field", forms -> forms.module("rotto", with(d -> module(d)
                                .putObject("routing").put("categoryField", "/a/manca"))),
                        "/x-module/routing/categoryField", "\"/a/manca\""),
                broken("shared without organisation role", forms -> forms.module("rotto", with(d -> module(d)
                                .put("sharedWithOrganisation", true))),
                        "/x-module/sharedWithOrganisation", "compilers.organisationRole"));
    }

    private static ObjectNode forOrganisations(ObjectNode definition) {
        ObjectNode module = module(definition);
        module.putObject("compilers").put("organisationRole", "LEGALE_RAPPRESENTANTE");
        return module;
    }

    private static Arguments broken(String name, Consumer<FormsDirectory> write, String pointer, String messagePart) {
        return Arguments.of(name, write, pointer, messagePart);
    }

    private static ObjectNode withWorkflow(String code, String workflow) {
        ObjectNode definition = definition(code);
        module(definition).put("workflow", workflow);
        return definition;
    }

    private static ObjectNode with(Consumer<ObjectNode> change) {
        ObjectNode definition = definition("rotto");
        change.accept(definition);
        return definition;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDefinitions")
    void reportsABrokenDefinitionWithFileAndPointerWhileOthersLoad(String name, Consumer<FormsDirectory> write,
            String pointer, String messagePart) {
        forms().validModule("valido");
        write.accept(forms());

        FormCatalog catalog = catalog();

        assertThat(catalog.find("valido")).isPresent();
        assertThat(catalog.find("rotto")).isEmpty();
        assertThat(catalog.published()).hasSize(1);
        assertThat(catalog.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo(BROKEN));
        assertThat(catalog.problems()).anySatisfy(p -> {
            assertThat(p.pointer()).isEqualTo(pointer);
            assertThat(p.message()).contains(messagePart);
        });
    }

    @Test
    void malformedDataFileIsReportedAndDefinitionsUsingItNameAnUnknownSource() {
        ObjectNode usesProvince = definition("province");
        fieldB(usesProvince).putObject("x-options").put("source", "province").put("value", "sigla");
        forms().module("province", usesProvince)
                .validModule("valido")
                .write("data/province.json", "[{\"sigla\": \"TO\", \"abitanti\": 850000}]")
                .write("data/rotto.json", "[{\"a\": \"1\"},")
                .write("data/comuni.json", "[{\"istat\": \"001272\"}]");

        FormCatalog catalog = catalog();

        assertThat(catalog.dataSources().names()).containsExactly("comuni");
        assertThat(catalog.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("data/province.json");
            assertThat(p.pointer()).isEqualTo("/0/abitanti");
        });
        assertThat(catalog.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("data/rotto.json");
            assertThat(p.message()).startsWith("JSON non valido (riga 1");
        });
        assertThat(catalog.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("province/form.json");
            assertThat(p.pointer()).isEqualTo("/properties/a/properties/b/x-options/source");
            assertThat(p.message()).contains("Origine dati sconosciuta \"province\"");
        });
        assertThat(catalog.published()).extracting(FormDefinition::code).containsExactly("valido");
    }

    @Test
    void publishedModulesAreSortedByCategoryThenTitle() {
        forms().module("zeta", with("zeta", "anagrafe", "Zaino"))
                .module("alfa", with("alfa", "tributi", "Abbonamento"))
                .module("beta", with("beta", "anagrafe", "Èlenco"))
                .module("gamma", with("gamma", "anagrafe", "cambio di residenza"));

        assertThat(catalog().published()).extracting(FormDefinition::code)
                .containsExactly("gamma", "beta", "zeta", "alfa");
    }

    private static ObjectNode with(String code, String category, String title) {
        ObjectNode definition = definition(code);
        definition.put("title", title);
        module(definition).put("category", category);
        return definition;
    }

    @Test
    void picksUpModulesAddedChangedBrokenAndRemoved() {
        forms().validModule("primo");
        FormCatalog catalog = catalog();
        assertThat(catalog.published()).extracting(FormDefinition::code).containsExactly("primo");

        forms().validModule("secondo");
        assertThat(catalog.refreshIfChanged()).isTrue();
        assertThat(catalog.published()).extracting(FormDefinition::code).containsExactly("primo", "secondo");

        forms().module("secondo", with("secondo", "prova", "Secondo modulo, ora cambiato"));
        assertThat(catalog.refreshIfChanged()).isTrue();
        assertThat(catalog.find("secondo").orElseThrow().title().italian()).isEqualTo("Secondo modulo, ora cambiato");

        forms().write("secondo/form.json", "{ \"title\": ");
        assertThat(catalog.refreshIfChanged()).isTrue();
        assertThat(catalog.find("secondo")).isEmpty();
        assertThat(catalog.problems()).extracting(DefinitionProblem::file).containsExactly("secondo/form.json");

        forms().validModule("secondo");
        assertThat(catalog.refreshIfChanged()).isTrue();
        assertThat(catalog.find("secondo")).isPresent();
        assertThat(catalog.problems()).isEmpty();

        forms().delete("secondo/form.json");
        assertThat(catalog.refreshIfChanged()).isTrue();
        assertThat(catalog.published()).extracting(FormDefinition::code).containsExactly("primo");
    }

    @Test
    void picksUpDataFilesAddedAndRemoved() {
        forms().validModule("primo");
        FormCatalog catalog = catalog();

        forms().write("data/province.json", "[{\"sigla\": \"TO\"}]");
        catalog.refreshIfChanged();
        assertThat(catalog.dataSources().names()).containsExactly("province");

        forms().delete("data/province.json");
        catalog.refreshIfChanged();
        assertThat(catalog.dataSources().names()).isEmpty();
    }

    @Test
    void doesNotReloadWhenNothingChanged() {
        forms().validModule("primo");
        InMemoryVersionLedger ledger = new InMemoryVersionLedger();
        FormCatalog catalog = new FormCatalog(FormSource.directory(root), ledger);
        List<FormDefinition> before = catalog.published();

        assertThat(catalog.refreshIfChanged()).isFalse();

        assertThat(ledger.recorded()).containsExactly("primo@1.0.0");
        assertThat(catalog.published()).isSameAs(before);
    }

    @Test
    void aBrokenNewVersionKeepsTheLastGoodVersionPublishedAndSaysSo() {
        InMemoryVersionLedger ledger = new InMemoryVersionLedger();
        forms().validModule("primo");
        FormCatalog catalog = new FormCatalog(FormSource.directory(root), ledger);

        ObjectNode broken = with("primo", "prova", "Versione 2 rotta");
        module(broken).put("version", "2.0.0");
        module(broken).put("numbering", "{anno}");
        forms().module("primo", broken);
        catalog.refreshIfChanged();

        assertThat(catalog.find("primo")).hasValueSatisfying(d -> assertThat(d.version()).isEqualTo("1.0.0"));
        assertThat(catalog.problems()).extracting(DefinitionProblem::message).anySatisfy(m -> assertThat(m)
                .isEqualTo("Il file ha dei problemi: resta pubblicata l'ultima versione valida 1.0.0 del modulo primo"));
        assertThat(catalog.problems()).extracting(DefinitionProblem::pointer).contains("/x-module/numbering");
    }

    @Test
    void refusedVersionKeepsTheStoredContentPublishedAndReportsWhy() {
        InMemoryVersionLedger ledger = new InMemoryVersionLedger();
        forms().validModule("primo");
        FormCatalog catalog = new FormCatalog(FormSource.directory(root), ledger);
        String storedHash = catalog.find("primo").orElseThrow().sha256();

        forms().module("primo", with("primo", "prova", "Titolo cambiato senza cambiare versione"));
        catalog.refreshIfChanged();

        assertThat(catalog.find("primo")).hasValueSatisfying(d -> {
            assertThat(d.title().italian()).isEqualTo("Modulo di prova");
            assertThat(d.sha256()).isEqualTo(storedHash);
        });
        assertThat(catalog.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("primo/form.json");
            assertThat(p.pointer()).isEqualTo("/x-module/version");
            assertThat(p.message()).contains("già pubblicata con un altro contenuto");
        });

        ObjectNode nextVersion = with("primo", "prova", "Titolo cambiato senza cambiare versione");
        module(nextVersion).put("version", "1.1.0");
        forms().module("primo", nextVersion);
        catalog.refreshIfChanged();

        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.find("primo").orElseThrow().version()).isEqualTo("1.1.0");
    }

    @Test
    void refusedVersionWhoseStoredContentNoLongerReadsPublishesNothing() {
        InMemoryVersionLedger ledger = new InMemoryVersionLedger();
        ObjectNode usesProvince = definition("primo");
        fieldB(usesProvince).putObject("x-options").put("source", "province").put("value", "sigla");
        forms().module("primo", usesProvince).write("data/province.json", "[{\"sigla\": \"TO\"}]");
        FormCatalog catalog = new FormCatalog(FormSource.directory(root), ledger);
        assertThat(catalog.find("primo")).isPresent();

        forms().validModule("primo").delete("data/province.json");
        catalog.refreshIfChanged();

        assertThat(catalog.find("primo")).isEmpty();
        assertThat(catalog.problems()).extracting(DefinitionProblem::pointer)
                .contains("/x-module/version", "/properties/a/properties/b/x-options/source");
        assertThat(catalog.problems()).anySatisfy(p -> assertThat(p.message())
                .startsWith("Nel contenuto registrato della versione 1.0.0: Origine dati sconosciuta"));
    }
}
