package it.modulistica.engine.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.FormSource;
import it.modulistica.engine.definition.VersionLedger;
import it.modulistica.engine.validation.FormValidator;
import it.modulistica.engine.validation.ValidationLevel;
import it.modulistica.engine.validation.ValidationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validations per second of a complete Utenti Servizi 06 document, one thread, with 1 and with 200
 * users. Run with {@code ./mvnw -pl engine -am -Pbench verify} (see docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ValidationBenchmark {

    @Param({"1", "200"})
    public int users;

    private FormValidator validator;
    private FormDefinition definition;
    private JsonNode document;

    @Setup
    public void setUp() throws IOException {
        Path forms = Path.of(System.getProperty("modulistica.forms-dir", "../forms"));
        FormCatalog catalog = new FormCatalog(FormSource.directory(forms), VersionLedger.NONE);
        definition = catalog.find("utenti-servizi-06").orElseThrow();
        validator = new FormValidator(catalog::dataSources);
        Path example = forms.resolve("utenti-servizi-06/examples/valid/comune-di-alba-un-utente.json");
        ObjectNode data = (ObjectNode) DefinitionJson.parse(Files.readString(example));
        ArrayNode rows = (ArrayNode) data.get("utenti");
        JsonNode first = rows.get(0);
        while (rows.size() < users) {
            rows.add(first.deepCopy());
        }
        document = data;
        ValidationResult check = validator.validate(definition, document, ValidationLevel.COMPLETE);
        if (!check.valid()) {
            throw new IllegalStateException("The benchmark document must be valid: " + check.violations());
        }
    }

    @Benchmark
    public ValidationResult validateComplete() {
        return validator.validate(definition, document, ValidationLevel.COMPLETE);
    }
}
