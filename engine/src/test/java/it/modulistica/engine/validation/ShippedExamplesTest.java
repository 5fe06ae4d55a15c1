package it.modulistica.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.FormSource;
import it.modulistica.engine.definition.VersionLedger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every example of every shipped module: {@code examples/valid/*.json} must be valid at
 * complete level, {@code examples/valid-draft/*.json} at draft level, and each
 * {@code examples/invalid/*.json} must give exactly the violations it lists.
 */
class ShippedExamplesTest {

    /** The forms directory of the repository, seen from the engine module (Maven runs tests there). */
    private static final Path FORMS = Path.of("..", "forms");
    private static final FormCatalog CATALOG = new FormCatalog(FormSource.directory(FORMS), VersionLedger.NONE);
    /**
     * "Today" for {@code x-minDate}/{@code x-maxDate}: the examples are written for 15 January 2025 in
     * Rome, so they keep their outcome whenever the test runs.
     */
    private static final Clock EXAMPLES_DAY = Clock.fixed(Instant.parse("2025-01-15T09:00:00Z"), ZoneOffset.UTC);
    private static final FormValidator VALIDATOR = new FormValidator(CATALOG::dataSources, EXAMPLES_DAY);

    @Test
    void everyShippedDefinitionLoadsWithoutProblems() {
        assertThat(CATALOG.problems()).isEmpty();
        assertThat(CATALOG.published()).extracting(FormDefinition::code).contains("utenti-servizi-06",
                "monitoraggio-2020", "disabilitazione-utenti", "voucher-scuola", "edilizia-libera", "iscrizione-mensa-scolastica");
    }

    @Test
    void everyShippedModuleHasValidAndInvalidExamples() {
        for (FormDefinition definition : CATALOG.published()) {
            assertThat(files(definition.code(), "valid")).as("valid examples of %s", definition.code()).isNotEmpty();
            assertThat(files(definition.code(), "invalid")).as("invalid examples of %s", definition.code()).isNotEmpty();
        }
    }

    @Test
    void theExampleCheckOfCheckFormsAndTheProblemsPageFindsNothing() {
        assertThat(new ModuleExamples(CATALOG).failures(true)).isEmpty();
    }

    static Stream<Arguments> validExamples() {
        List<Arguments> arguments = new ArrayList<>();
        for (FormDefinition definition : CATALOG.published()) {
            files(definition.code(), "valid").forEach(file ->
                    arguments.add(Arguments.of(definition.code(), file, ValidationLevel.COMPLETE)));
            files(definition.code(), "valid-draft").forEach(file ->
                    arguments.add(Arguments.of(definition.code(), file, ValidationLevel.DRAFT)));
        }
        return arguments.stream();
    }

    static Stream<Arguments> invalidExamples() {
        return CATALOG.published().stream()
                .flatMap(definition -> files(definition.code(), "invalid").stream()
                        .map(file -> Arguments.of(definition.code(), file)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("validExamples")
    void validExampleHasNoViolation(String code, Path file, ValidationLevel level) {
        ValidationResult result = VALIDATOR.validate(definition(code), read(file), level);

        assertThat(result.violations()).as(file.toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("invalidExamples")
    void invalidExampleHasExactlyTheExpectedViolations(String code, Path file) {
        JsonNode example = read(file);
        ValidationLevel level = "draft".equals(example.path("level").asText()) ? ValidationLevel.DRAFT
                : ValidationLevel.COMPLETE;
        List<String> expected = new ArrayList<>();
        example.path("errors").forEach(e -> expected.add(e.path("pointer").asText() + " " + e.path("code").asText()));

        ValidationResult result = VALIDATOR.validate(definition(code), example.path("data"), level);

        assertThat(expected).as("%s lists its expected errors", file).isNotEmpty();
        assertThat(result.violations()).as(file.toString())
                .extracting(v -> v.pointer() + " " + v.code())
                .containsExactlyInAnyOrderElementsOf(expected);
        ViolationMessages messages = new ViolationMessages();
        result.violations().forEach(v -> {
            assertThat(messages.message(v, Locale.ITALIAN)).isNotBlank();
            assertThat(messages.message(v, Locale.ENGLISH)).isNotBlank();
        });
    }

    private static FormDefinition definition(String code) {
        return CATALOG.find(code).orElseThrow();
    }

    private static List<Path> files(String code, String folder) {
        Path directory = FORMS.resolve(code).resolve("examples").resolve(folder);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return DefinitionJson.parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
