package it.modulistica.app.cli;

import it.modulistica.engine.definition.DefinitionContext;
import it.modulistica.engine.definition.DefinitionProblem;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.definition.FormSource;
import it.modulistica.engine.definition.VersionLedger;
import it.modulistica.engine.validation.ModuleExamples;
import ch.qos.logback.classic.Level;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import ch.qos.logback.classic.LoggerContext;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code check-forms DIR}: reads a forms folder with the server's own loader (format schema,
 * references, JSONLogic linter, data sources, workflows) and what the server's configuration lets
 * definitions name (registration targets, read as the server reads them: {@code application.yml},
 * profiles, environment, {@code --key=value} arguments), and runs every module's examples, then
 * prints one line per problem, {@code file pointer message} ({@code -} for the whole file), and
 * exits 1 when there is any. Needs no database: versions are not compared with the published ones.
 */
final class CheckFormsCommand implements ToolCommand {

    @Override
    public String name() {
        return "check-forms";
    }

    @Override
    public String usage() {
        return "check-forms DIR [--chiave=valore...]   controlla i moduli di una cartella (definizioni, processi, "
                + "origini dati, esempi) con la configurazione del server (es. --modulistica.registration.targets.NOME.url=...)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> positional = args.stream().filter(arg -> !arg.startsWith("--")).toList();
        if (positional.size() != 1) {
            err.println("Uso: java -jar modulistica.jar " + usage());
            return 2;
        }
        Path directory = Path.of(positional.get(0));
        if (!Files.isDirectory(directory)) {
            err.println("La cartella dei moduli " + directory.toAbsolutePath() + " non esiste");
            return 2;
        }
        quietLogging();
        DefinitionContext context;
        try {
            context = ServerConfiguration.definitionContext(args.stream().filter(arg -> arg.startsWith("--")).toList());
        } catch (RuntimeException e) {
            err.println("La configurazione del server non è valida: " + ServerConfiguration.reason(e));
            return 2;
        }
        FormCatalog catalog;
        try {
            catalog = new FormCatalog(FormSource.directory(directory), VersionLedger.NONE, context);
        } catch (UncheckedIOException e) {
            err.println("La cartella dei moduli non si legge: " + e.getMessage());
            return 2;
        }
        List<DefinitionProblem> problems = new ArrayList<>(catalog.problems());
        problems.addAll(new ModuleExamples(catalog).failures(true));
        problems.sort(Comparator.comparing(DefinitionProblem::file));
        problems.forEach(p -> out.println(p.file() + " " + (p.pointer().isEmpty() ? "-" : p.pointer()) + " " + p.message()));
        int examples = catalog.published().stream().mapToInt(d -> catalog.examples(d.code()).size()).sum();
        if (problems.isEmpty()) {
            out.println(new MessageFormat("Nessun problema: {0, plural, one {# modulo pubblicabile} other {# moduli "
                    + "pubblicabili}}, {1, plural, one {# esempio verificato} other {# esempi verificati}}", ULocale.ITALIAN)
                    .format(new Object[] {catalog.published().size(), examples}));
            return 0;
        }
        err.println(problems.size() + (problems.size() == 1 ? " problema" : " problemi"));
        return 1;
    }

    /** The loader logs each problem too; here they are the output, so only errors are logged. */
    private static void quietLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.ERROR);
        }
    }
}
