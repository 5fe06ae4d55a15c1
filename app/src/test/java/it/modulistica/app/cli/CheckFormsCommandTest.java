package it.modulistica.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check-forms DIR} on the shipped forms and on a copy broken in the definition and in an example. */
class CheckFormsCommandTest {

    private static final Path FORMS = Path.of("..", "forms");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        ToolCommand command = ToolCommands.selectedBy(Stream.concat(Stream.of("check-forms"), Stream.of(args))
                .toArray(String[]::new)).orElseThrow();
        return ToolCommands.run(command, Stream.concat(Stream.of("check-forms"), Stream.of(args)).toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void theShippedFormsHaveNoProblem() {
        assertThat(run(FORMS.toString())).isZero();
        assertThat(lines()).singleElement().asString().startsWith("Nessun problema: ");
    }

    @Test
    void printsEachProblemAsFilePointerMessageAndExitsNonZero(@TempDir Path copy) throws IOException {
        copyTree(FORMS, copy);
        Path form = copy.resolve("iscrizione-mensa-scolastica/form.json");
        Files.writeString(form, Files.readString(form).replace("\"years_between\"", "\"anni_tra\""));
        Path voucher = copy.resolve("voucher-scuola/examples/valid/un-figlio-senza-telefono.json");
        Files.writeString(voucher, Files.readString(voucher).replaceFirst("\"nome\": \"[^\"]*\"", "\"nome\": \"\""));

        assertThat(run(copy.toString())).isEqualTo(1);

        assertThat(lines()).anySatisfy(line -> assertThat(line).startsWith("iscrizione-mensa-scolastica/form.json /x-rules/")
                .contains("/anni_tra Operatore JSONLogic sconosciuto \"anni_tra\""));
        assertThat(lines()).anySatisfy(line -> assertThat(line)
                .startsWith("voucher-scuola/examples/valid/un-figlio-senza-telefono.json /richiedente/nome Esempio valido con la violazione required"));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("problemi");
    }

    @Test
    void readsTheRegistrationTargetsAsTheServerDoes(@TempDir Path copy) throws IOException {
        copyTree(FORMS, copy);
        Path form = copy.resolve("utenti-servizi-06/form.json");
        Files.writeString(form, Files.readString(form).replaceFirst("\"x-module\"\\s*:\\s*\\{",
                "\"x-module\": {\"registration\": {\"target\": \"protocollo\", \"on\": [\"invia\"]},"));

        assertThat(run(copy.toString())).isEqualTo(1);
        assertThat(lines()).anySatisfy(line -> assertThat(line).startsWith("utenti-servizi-06/form.json "
                + "/x-module/registration/target Destinazione di protocollazione sconosciuta \"protocollo\""));

        out.reset();
        assertThat(run(copy.toString(), "--modulistica.registration.targets.protocollo.url=https://protocollo.example.org/in",
                "--modulistica.registration.targets.protocollo.secret=una-chiave-di-almeno-16",
                "--modulistica.registration.base-url=https://modulistica.example.org")).isZero();
        assertThat(lines()).singleElement().asString().startsWith("Nessun problema: ");

        out.reset();
        System.setProperty("modulistica.registration.targets.protocollo.url", "https://protocollo.example.org/in");
        System.setProperty("modulistica.registration.targets.protocollo.secret", "una-chiave-di-almeno-16");
        System.setProperty("modulistica.registration.base-url", "https://modulistica.example.org");
        try {
            assertThat(run(copy.toString())).as("the server's configuration sources, not only arguments").isZero();
        } finally {
            System.clearProperty("modulistica.registration.targets.protocollo.url");
            System.clearProperty("modulistica.registration.targets.protocollo.secret");
            System.clearProperty("modulistica.registration.base-url");
        }
    }

    @Test
    void aConfigurationTheServerWouldRefuseIsAUsageError() {
        assertThat(run(FORMS.toString(), "--modulistica.registration.targets.protocollo.url=https://protocollo.example.org/in",
                "--modulistica.registration.targets.protocollo.secret=corta")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("La configurazione del server non è valida",
                "modulistica.registration.targets.protocollo.secret");
    }

    @Test
    void aMissingFolderIsAUsageError() {
        assertThat(run("/nonexistent/forms")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("check-forms DIR");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(f -> !f.toString().contains("target")).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
