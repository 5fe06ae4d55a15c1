package it.modulistica.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.DataSources;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.definition.DefinitionParser;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.Instance;
import it.modulistica.engine.instance.InstancePersistenceConfiguration;
import it.modulistica.engine.instance.JdbcVersionLedger;
import it.modulistica.engine.instance.TestDatabase;
import it.modulistica.engine.numbering.InstanceNumbering;
import it.modulistica.engine.window.ModulePublications;
import it.modulistica.engine.window.OpeningWindows;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A running lifecycle over a fresh database, a {@link MutableClock} and a {@link TestCatalog}, with
 * the users of the tests and ways to publish modules and bring instances to a state by firing the
 * real transitions.
 */
final class Lifecycle implements AutoCloseable {

    static final Caller OWNER = new Caller("mario.rossi", OperatorAccess.NONE, Memberships.of(Map.of(
            "c_l219", Set.of("LEGALE_RAPPRESENTANTE"), "c_a001", Set.of("LEGALE_RAPPRESENTANTE"),
            "c_b111", Set.of("FUNZIONARIO"))), new Identity("Mario", "Rossi", "Mario Rossi", "RSSMRA80A01H501U",
            "mario.rossi@example.org"));
    static final Caller OPERATOR = new Caller("anna.bianchi", (category, formCode) -> category.equals("servizi"),
            Memberships.NONE, Identity.UNKNOWN);
    static final Caller OTHER_OFFICE = new Caller("carlo.neri", (category, formCode) -> category.equals("tributi"),
            Memberships.NONE, Identity.UNKNOWN);
    static final Caller STRANGER = Caller.user("luigi.verdi");
    static final String VALID_DATA = "{\"richiedente\": {\"cognome\": \"Rossi\", \"nome\": \"Mario\"}}";
    static final String NO_WINDOW = "";
    static final String SUMMER_WINDOW = ", \"window\": {\"opens\": \"2026-07-25T12:00\", \"closes\": \"2026-09-02T12:00\"}";

    private static final AtomicInteger CODES = new AtomicInteger();

    final TestDatabase database;
    final MutableClock clock = new MutableClock(Instant.parse("2026-08-01T10:00:00Z"));
    final TestCatalog catalog = new TestCatalog();
    final AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    final InstanceLifecycle lifecycle;
    final ReceiptOutbox receipts;
    final InstanceFiles files;
    final MyInstances myInstances;
    final OpeningWindows windows;
    final ModulePublications publications;
    final InstanceNumbering numbering;
    final JdbcVersionLedger ledger;
    final JdbcClient jdbc;
    final TransactionTemplate transactions;

    Lifecycle(TestDatabase database) {
        this.database = database;
        DataSource dataSource = database.dataSource();
        context.registerBean(NamedParameterJdbcOperations.class, () -> new NamedParameterJdbcTemplate(dataSource));
        context.registerBean("transactionManager", PlatformTransactionManager.class,
                () -> new DataSourceTransactionManager(dataSource));
        context.registerBean(Clock.class, () -> clock);
        context.registerBean(TestCatalog.class, () -> catalog);
        context.register(InstancePersistenceConfiguration.class, LifecycleTestConfiguration.class);
        context.refresh();
        lifecycle = context.getBean(InstanceLifecycle.class);
        receipts = context.getBean(ReceiptOutbox.class);
        files = context.getBean(InstanceFiles.class);
        myInstances = context.getBean(MyInstances.class);
        windows = context.getBean(OpeningWindows.class);
        publications = context.getBean(ModulePublications.class);
        numbering = context.getBean(InstanceNumbering.class);
        ledger = context.getBean(JdbcVersionLedger.class);
        jdbc = JdbcClient.create(context.getBean(NamedParameterJdbcOperations.class));
        transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }

    /**
     * Publishes a new module on the standard workflow, always open, numbered {@code {code}_{year}.{seq:7}}:
     * numbers are unique across modules, so each module's pattern must give numbers of its own.
     */
    FormDefinition publishStandard() {
        return publish("standard", "{code}_{year}.{seq:7}", NO_WINDOW, "");
    }

    /**
     * Publishes a new module, with a code of its own, in the category {@code servizi}.
     *
     * @param window   {@link #NO_WINDOW}, {@link #SUMMER_WINDOW} or another {@code , "window": {...}}
     * @param compilers empty, or {@code , "compilers": {...}}
     */
    FormDefinition publish(String workflow, String numberingPattern, String window, String compilers) {
        return publish(workflow, numberingPattern, window, compilers, "", "");
    }

    /**
     * Publishes a new module on the standard workflow with a step {@code documenti} of file fields:
     * {@code isee} (one PDF up to 1 KB, required by {@code minItems}) and {@code foto} (up to three
     * PNG or JPEG files), and {@code planimetria} (a PDF shown only when {@code conPlanimetria} is
     * ticked); all files of an instance together at most 3 KB.
     */
    FormDefinition publishWithFiles() {
        return publish("standard", "{code}_{year}.{seq:7}", NO_WINDOW, ", \"attachments\": {\"maxTotalSize\": \"3KB\"}",
                "\"required\": [\"documenti\"],", """
                ,
                "documenti": {
                  "title": "Documenti",
                  "type": "object",
                  "properties": {
                    "isee": {"type": "array", "title": "ISEE", "x-widget": "file", "minItems": 1,
                             "x-file": {"accept": ["pdf"], "maxFileSize": "1KB"}},
                    "foto": {"type": "array", "title": "Foto", "x-widget": "file",
                             "x-file": {"accept": ["png", "jpg"], "maxFiles": 3, "maxFileSize": "2KB"}},
                    "conPlanimetria": {"type": "boolean", "title": "Allego la planimetria"},
                    "planimetria": {"type": "array", "title": "Planimetria", "x-widget": "file",
                             "x-file": {"accept": ["pdf"], "maxFileSize": "1KB"},
                             "x-visible-when": {"===": [{"var": "/documenti/conPlanimetria"}, true]}}
                  }
                }""");
    }

    private FormDefinition publish(String workflow, String numberingPattern, String window, String compilers,
            String required, String moreSteps) {
        String code = "servizi-" + CODES.incrementAndGet();
        String json = """
                {
                  "$schema": "http://json-schema.org/draft-07/schema#",
                  "title": "Utenti servizi",
                  "type": "object",
                  "x-module": {"code": "%s", "version": "1.0.0", "category": "servizi", "workflow": "%s",
                               "numbering": "%s"%s%s},
                  %s
                  "properties": {
                    "richiedente": {
                      "title": "Richiedente",
                      "type": "object",
                      "required": ["cognome", "nome"],
                      "properties": {
                        "cognome": {"type": "string", "title": "Cognome", "maxLength": 80},
                        "nome": {"type": "string", "title": "Nome"},
                        "eta": {"type": "number", "title": "Età"}
                      }
                    }%s
                  }
                }""".formatted(code, workflow, numberingPattern, window, compilers, required, moreSteps);
        DefinitionParser.Result result = new DefinitionParser(DataSources.NONE).parse(code + "/form.json", code, json);
        FormDefinition definition = result.definition()
                .orElseThrow(() -> new AssertionError("Test definition refused: " + result.problems()));
        assertThat(ledger.record(definition).accepted()).isTrue();
        catalog.publish(definition);
        return definition;
    }

    /** A new instance of {@code definition} by {@link #OWNER}, brought to {@code state} through the standard workflow. */
    Instance reach(FormDefinition definition, String state) {
        UUID id = lifecycle.create(definition.code(), OWNER, null).id();
        String[][] path = {
                {"DA_INVIARE", "completa", "owner", null},
                {"INVIATA", "invia", "owner", null},
                {"IN_LAVORAZIONE", "prendi-in-carico", "operator", null},
                {"IN_ATTESA_INTEGRAZIONE", "richiedi-integrazione", "operator", "Allegare l'ISEE"}};
        if (!state.equals("BOZZA")) {
            lifecycle.saveDraft(id, json(VALID_DATA), null, OWNER);
            for (String[] step : path) {
                lifecycle.act(id, step[1], step[2].equals("owner") ? OWNER : OPERATOR, step[3], null);
                if (step[0].equals(state)) {
                    break;
                }
            }
        }
        Instance reached = lifecycle.get(id, OWNER).instance();
        assertThat(reached.state()).isEqualTo(state);
        return reached;
    }

    static ObjectNode json(String text) {
        return (ObjectNode) DefinitionJson.parse(text);
    }

    @Override
    public void close() {
        context.close();
        database.close();
    }
}
