package it.modulistica.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.formio.FormioImport;
import it.modulistica.engine.formio.ImportResult;
import it.modulistica.engine.formio.ImportSettings;
import it.modulistica.engine.formio.NotAFormioForm;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code import-formio FILE.json --code CODE --out DIR [--workflow W] [--category C]}: translates a
 * form.io form (or a MOON export of one) into {@code DIR/CODE/form.json} and writes
 * {@code DIR/CODE/IMPORT.md} and first examples. Exits 1 when the file is not a form.io form (or the result cannot be
 * written), 2 on a usage error;
 * what could not be carried over is in IMPORT.md, not in the exit status.
 */
public final class ImportFormioCommand implements ToolCommand {

    private static final Set<String> OPTIONS = Set.of("--code", "--out", "--workflow", "--category");

    @Override
    public String name() {
        return "import-formio";
    }

    @Override
    public String usage() {
        return "import-formio FILE.json --code CODE --out DIR [--workflow standard] [--category importati]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        String file = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (OPTIONS.contains(arg) && i + 1 < args.size()) {
                options.put(arg, args.get(++i));
            } else if (!arg.startsWith("--") && file == null) {
                file = arg;
            } else {
                return usageError(err, "argomento non riconosciuto \"" + arg + "\"");
            }
        }
        if (file == null || !options.containsKey("--code") || !options.containsKey("--out")) {
            return usageError(err, "servono il file, --code e --out");
        }
        ImportSettings settings;
        try {
            settings = ImportSettings.of(options.get("--code"))
                    .withWorkflow(options.getOrDefault("--workflow", ImportSettings.DEFAULT_WORKFLOW))
                    .withCategory(options.getOrDefault("--category", ImportSettings.DEFAULT_CATEGORY));
        } catch (IllegalArgumentException e) {
            return usageError(err, e.getMessage());
        }
        Path source = Path.of(file);
        ImportResult result;
        try {
            result = FormioImport.translate(read(source), settings);
        } catch (NotAFormioForm e) {
            err.println(source + ": " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println(source + ": il file non si legge (" + e.getMessage() + ")");
            return 1;
        }
        Path folder = Path.of(options.get("--out")).resolve(settings.code());
        try {
            for (Map.Entry<String, String> written : result.files(source.getFileName().toString()).entrySet()) {
                Path target = folder.resolve(written.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, written.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            err.println(folder + ": non si può scrivere (" + e.getMessage() + ")");
            return 1;
        }
        summary(out, result, folder, settings, Path.of(options.get("--out")));
        return 0;
    }

    private static JsonNode read(Path source) throws IOException, NotAFormioForm {
        String text = Files.readString(source, StandardCharsets.UTF_8);
        try {
            return DefinitionJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            String line = e.getLocation() == null ? "" : " (riga " + e.getLocation().getLineNr() + ")";
            throw new NotAFormioForm("il file non è JSON valido" + line + ": " + e.getOriginalMessage());
        }
    }

    private static void summary(PrintStream out, ImportResult result, Path folder, ImportSettings settings, Path forms) {
        out.println("Importato \"" + result.definition().path("title").asText() + "\" in " + folder.resolve("form.json")
                + ": " + new MessageFormat("{0, plural, one {# campo} other {# campi}}, {1, plural, one {# nota} other {# note}}",
                        ULocale.ITALIAN).format(new Object[] {result.dataPaths().size(), result.notes().size()}) + " in "
                + folder.resolve("IMPORT.md"));
        result.problems().forEach(problem -> out.println("Problema " + problem.pointer() + ": " + problem.message()));
        String workflow = settings.workflow() + ".json";
        if (!Files.isRegularFile(forms.resolve("workflows").resolve(workflow))
                && ImportFormioCommand.class.getClassLoader().getResource("forms/workflows/" + workflow) == null) {
            out.println("Attenzione: il processo \"" + settings.workflow() + "\" non è in " + forms.resolve("workflows")
                    + " né tra quelli della piattaforma: il modulo non sarà pubblicato finché non esiste");
        }
    }

    private static int usageError(PrintStream err, String message) {
        err.println("import-formio: " + message);
        err.println("uso: java -jar modulistica.jar import-formio FILE.json --code CODE --out DIR [--workflow W] "
                + "[--category C]");
        return 2;
    }
}
