package it.modulistica.renderer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.FormSource;
import it.modulistica.engine.definition.VersionLedger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The shipped forms directory and Utenti Servizi 06 examples, as render requests. */
public final class Examples {

    public static final Path FORMS = Path.of(System.getProperty("modulistica.forms-dir", "../forms"));
    public static final FormCatalog CATALOG = new FormCatalog(FormSource.directory(FORMS), VersionLedger.NONE);
    public static final String SHA = "3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea";
    public static final Instant CREATED = Instant.parse("2022-08-01T08:30:00Z");
    public static final Instant SENT = Instant.parse("2022-08-03T14:05:00Z");

    private Examples() {
    }

    public static FormDefinition utentiServizi06() {
        return CATALOG.find("utenti-servizi-06").orElseThrow();
    }

    /** The valid examples of Utenti Servizi 06, by file. */
    public static List<Path> validExamples() {
        try (Stream<Path> files = Files.list(FORMS.resolve("utenti-servizi-06/examples/valid"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode read(Path file) {
        try {
            return (ObjectNode) DefinitionJson.parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode torino() {
        return read(FORMS.resolve("utenti-servizi-06/examples/valid/comune-di-torino-verdi-e-rossini.json"));
    }

    /** The Torino example with its users repeated up to {@code users} rows. */
    public static ObjectNode withUsers(int users) {
        ObjectNode data = torino();
        ArrayNode rows = (ArrayNode) data.get("utenti");
        int original = rows.size();
        for (int i = rows.size(); i < users; i++) {
            ObjectNode copy = rows.get(i % original).deepCopy();
            copy.put("nome", copy.get("nome").asText() + " " + (i + 1));
            rows.add(copy);
        }
        while (rows.size() > users) {
            rows.remove(rows.size() - 1);
        }
        return data;
    }

    public static InstanceHeader sent() {
        return new InstanceHeader("SERV06_UTENTI_2022.0000042", "Inviata", CREATED, SENT, SHA, false);
    }

    public static InstanceHeader draft() {
        return new InstanceHeader(null, "Bozza", CREATED, null, null, true);
    }

    public static RenderRequest request(ObjectNode data, InstanceHeader header) {
        return new RenderRequest(utentiServizi06(), data, CATALOG.dataSources(), header, Locale.ITALIAN);
    }

    public static RenderRequest request(FormDefinition definition, ObjectNode data, InstanceHeader header, Locale locale) {
        return new RenderRequest(definition, data, CATALOG.dataSources(), header, locale);
    }
}
