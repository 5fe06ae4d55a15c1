package it.modulistica.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.engine.definition.DefinitionJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar command {@code import-formio}, run as main runs it. */
class ImportFormioCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** The form.io form of the tests, copied to a file as a user would have it. */
    static Path mensa(Path dir) throws IOException {
        Path file = dir.resolve("mensa.json");
        try (InputStream in = ImportFormioCommandTest.class.getResourceAsStream("/formio/iscrizione-mensa.json")) {
            Files.copy(in, file);
        }
        return file;
    }

    /** Runs {@code java -jar modulistica.jar ARGS...} without the JVM exit. */
    static int main(PrintStream out, PrintStream err, String... args) {
        ToolCommand command = ToolCommands.selectedBy(args).orElseThrow();
        return ToolCommands.run(command, args, out, err);
    }

    private int run(String... args) {
        return main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
    }

    @Test
    void writesTheModuleAndItsImportNotesIntoTheFolderOfTheCode() throws IOException {
        int status = run("import-formio", mensa(dir).toString(), "--code", "mensa", "--out", dir.resolve("forms").toString());

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode module = DefinitionJson.parse(Files.readString(dir.resolve("forms/mensa/form.json")));
        assertThat(module.at("/x-module/code").asText()).isEqualTo("mensa");
        assertThat(module.at("/x-module/workflow").asText()).isEqualTo("standard");
        assertThat(module.at("/properties/bambini/properties/iscritti/items/properties/allergie/x-visible-when"))
                .isNotNull();
        String report = Files.readString(dir.resolve("forms/mensa/IMPORT.md"));
        assertThat(report).startsWith("# Importazione da form.io: Iscrizione alla mensa scolastica")
                .contains("| `submit` | button |");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Importato \"Iscrizione alla mensa scolastica\"")
                .contains("IMPORT.md").doesNotContain("Problema").doesNotContain("Attenzione");
    }

    @Test
    void theImportedModuleHasNoProblemForCheckForms() throws IOException {
        Path forms = Files.createDirectories(dir.resolve("forms/workflows"));
        Files.copy(Path.of("..", "forms", "workflows", "standard.json"), forms.resolve("standard.json"));
        assertThat(run("import-formio", mensa(dir).toString(), "--code", "mensa", "--out", dir.resolve("forms").toString()))
                .isZero();

        assertThat(run("check-forms", dir.resolve("forms").toString())).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Nessun problema: 1 modulo pubblicabile, 2 esempi verificati").contains("10 campi, 1 nota in");
    }

    @Test
    void takesTheWorkflowAskedAndWarnsWhenNoSuchWorkflowExists() throws IOException {
        int status = run("import-formio", mensa(dir).toString(), "--code", "mensa", "--out", dir.toString(),
                "--workflow", "istruttoria-lunga", "--category", "scuola");

        assertThat(status).isZero();
        JsonNode module = DefinitionJson.parse(Files.readString(dir.resolve("mensa/form.json")));
        assertThat(module.at("/x-module/workflow").asText()).isEqualTo("istruttoria-lunga");
        assertThat(module.at("/x-module/category").asText()).isEqualTo("scuola");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Attenzione: il processo \"istruttoria-lunga\"");
    }

    @Test
    void exitsWithOneWhenTheFileIsNotAFormioForm() throws IOException {
        Files.writeString(dir.resolve("schema.json"), "{\"type\": \"object\", \"properties\": {}}");
        Files.writeString(dir.resolve("broken.json"), "{\"components\": [");

        assertThat(run("import-formio", dir.resolve("schema.json").toString(), "--code", "x", "--out", dir.toString()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("schema.json: Il file non è un modulo form.io");
        assertThat(run("import-formio", dir.resolve("broken.json").toString(), "--code", "x", "--out", dir.toString()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("non è JSON valido");
        assertThat(run("import-formio", dir.resolve("missing.json").toString(), "--code", "x", "--out", dir.toString()))
                .isEqualTo(1);
        assertThat(Files.exists(dir.resolve("x"))).isFalse();
    }

    @Test
    void explainsHowToCallItOnAUsageError() throws IOException {
        Path file = mensa(dir);

        assertThat(run("import-formio", file.toString(), "--out", dir.toString())).isEqualTo(2);
        assertThat(run("import-formio", file.toString(), "--code", "Mensa Scuola", "--out", dir.toString())).isEqualTo(2);
        assertThat(run("import-formio", file.toString(), "--code", "mensa", "--out", dir.toString(), "--bogus")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("uso: java -jar modulistica.jar import-formio FILE.json")
                .contains("\"Mensa Scuola\" non è un codice valido");
    }
}
