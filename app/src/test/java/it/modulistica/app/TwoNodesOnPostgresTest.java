package it.modulistica.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes, each with a forms directory of its own, on one PostgreSQL schema, as
 * behind a load balancer: a session started on one is valid on the other; numbers given out by
 * both stay distinct and gap-free; each outbox job (receipt print, e-mail) runs exactly once, also
 * when the node that committed the sending stops before anything is printed; and a definition
 * changed under the same version on one node never pins two contents: the stored SHA-256 decides,
 * and the odd node refuses and says why.
 */
@EnabledIfSystemProperty(named = "modulistica.test.postgres", matches = "true|required")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesOnPostgresTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String OWNER = "federica.neri";

    private final PostgresSchema schema = new PostgresSchema();
    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    static Path directories;

    private Path formsA;
    private Path formsB;
    private ConfigurableApplicationContext nodeA;
    private ConfigurableApplicationContext nodeB;

    @BeforeAll
    void startTwoNodes() throws IOException {
        formsA = forms("a");
        formsB = forms("b");
        nodeA = start(formsA, true);
        nodeB = start(formsB, true);
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update app_user set email = 'federica.neri@example.org' where username = '" + OWNER + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    void stopNodes() throws SQLException {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
        schema.drop();
    }

    private Path forms(String node) throws IOException {
        Path forms = directories.resolve("forms-" + node);
        for (String file : List.of("workflows/standard.json", "workflows/simple.json", "data/comuni.json",
                "data/province.json", "utenti-servizi-06/form.json")) {
            Files.createDirectories(forms.resolve(file).getParent());
            try (InputStream in = getClass().getResourceAsStream("/forms/" + file)) {
                Files.copy(in, forms.resolve(file));
            }
        }
        writeModule(forms, "usato", "Modulo usato");
        writeModule(forms, "inutilizzato", "Modulo non ancora usato");
        return forms;
    }

    private static void writeModule(Path forms, String code, String title) throws IOException {
        Files.createDirectories(forms.resolve(code));
        Files.writeString(forms.resolve(code + "/form.json"), """
                {"$schema": "http://json-schema.org/draft-07/schema#", "title": "%s", "type": "object",
                 "x-module": {"code": "%s", "version": "1.0.0", "category": "salute", "workflow": "standard",
                              "numbering": "%s_{year}.{seq:4}"},
                 "properties": {"passo": {"type": "object", "title": "Passo",
                                          "properties": {"nome": {"type": "string", "title": "Nome"}}}}}
                """.formatted(title, code, code.toUpperCase()));
    }

    private ConfigurableApplicationContext start(Path forms, boolean workers) {
        Map<String, Object> properties = new HashMap<>(schema.properties());
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        properties.put("modulistica.forms-dir", forms.toString());
        properties.put("modulistica.forms-refresh-interval", "PT0.2S");
        properties.put("modulistica.mail.poll-interval", "PT0.2S");
        properties.put("modulistica.receipts.poll-interval", "PT0.1S");
        properties.put("modulistica.receipts.worker-enabled", Boolean.toString(workers));
        properties.put("modulistica.mail.worker-enabled", Boolean.toString(workers));
        properties.put("spring.main.banner-mode", "off");
        // As arguments, which override application.yml (builder properties would only be defaults).
        return new SpringApplicationBuilder(ModulisticaApplication.class).run(properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue()).toArray(String[]::new));
    }

    private static String base(ConfigurableApplicationContext node) {
        return "http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port");
    }

    private HttpResponse<String> call(ConfigurableApplicationContext node, String method, String path, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base(node) + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((OWNER + ":demo")
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "it")
                .timeout(Duration.ofSeconds(60));
        String json = body == null ? "" : body instanceof String text ? text : mapper.writeValueAsString(body);
        request.header("Content-Type", "application/json").method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode expect(int status, HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri() + ": "
                + response.body()).isEqualTo(status);
        return response.body().isEmpty() ? null : mapper.readTree(response.body());
    }

    private String send(ConfigurableApplicationContext node) throws IOException, InterruptedException {
        String id = expect(201, call(node, "POST", "/api/instances",
                Map.of("form", "utenti-servizi-06", "organisation", "004003"))).get("id").asText();
        try (InputStream in = getClass().getResourceAsStream(
                "/forms/utenti-servizi-06/examples/valid/comune-di-alba-un-utente.json")) {
            expect(200, call(node, "PUT", "/api/instances/" + id + "/data", new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
        expect(200, call(node, "POST", "/api/instances/" + id + "/actions/completa", null));
        expect(200, call(node, "POST", "/api/instances/" + id + "/actions/invia", null));
        return id;
    }

    private Connection connect() throws SQLException {
        Map<String, Object> properties = schema.properties();
        return DriverManager.getConnection((String) properties.get("spring.datasource.url"),
                (String) properties.get("spring.datasource.username"), (String) properties.get("spring.datasource.password"));
    }

    private long count(String sql, Object... params) {
        try (Connection connection = connect(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(90);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
            Thread.sleep(200);
        }
    }

    @Test
    void aSessionStartedOnOneNodeIsValidOnTheOther() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        Matcher token = CSRF.matcher(browser.send(HttpRequest.newBuilder(URI.create(base(nodeA) + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base(nodeA) + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=mario.rossi&password=demo&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);

        HttpResponse<String> me = browser.send(HttpRequest.newBuilder(URI.create(base(nodeB) + "/api/me")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(mapper.readTree(me.body()).get("username").asText()).isEqualTo("mario.rossi");
    }

    @Test
    void numbersGivenOutByBothNodesAtOnceAreDistinctAndGapFree() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<JsonNode>> created = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                ConfigurableApplicationContext node = i % 2 == 0 ? nodeA : nodeB;
                created.add(clients.submit(() -> expect(201, call(node, "POST", "/api/instances",
                        Map.of("form", "utenti-servizi-06", "organisation", "004003")))));
            }
            List<Long> sequence = new ArrayList<>();
            for (Future<JsonNode> instance : created) {
                String number = instance.get(120, TimeUnit.SECONDS).get("number").asText();
                sequence.add(Long.parseLong(number.substring(number.lastIndexOf('.') + 1)));
            }
            assertThat(sequence).doesNotHaveDuplicates();
            long first = sequence.stream().mapToLong(Long::longValue).min().orElseThrow();
            assertThat(sequence).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.LongStream.range(first, first + 16).boxed().toList());
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void eachReceiptAndEMailIsProducedExactlyOnceAlsoWhenTheSendingNodeStopsBeforePrinting() throws Exception {
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sent.add(send(i % 2 == 0 ? nodeA : nodeB));
        }
        // A third node without workers commits three sendings and stops before printing anything.
        Path formsC = forms("c");
        ConfigurableApplicationContext nodeC = start(formsC, false);
        try {
            for (int i = 0; i < 3; i++) {
                sent.add(send(nodeC));
            }
        } finally {
            nodeC.close();
        }

        await("every receipt printed", () -> sent.stream().allMatch(id -> count(
                "select count(*) from instance_effect where instance_id = ?::uuid and effect = 'render-pdf' and status = 'DONE'",
                id) == 1));
        await("every receipt e-mail sent", () -> sent.stream().allMatch(id -> count(
                "select count(*) from mail_job where instance_id = ?::uuid and status <> 'SENT'", id) == 0
                && count("select count(*) from mail_job where instance_id = ?::uuid", id) > 0));
        for (String id : sent) {
            assertThat(count("select count(*) from instance_document where instance_id = ?::uuid and kind = 'RECEIPT'", id))
                    .isEqualTo(1);
            long jobs = count("select count(*) from mail_job where instance_id = ?::uuid", id);
            assertThat(count("select count(distinct recipient) from mail_job where instance_id = ?::uuid", id))
                    .as("one job per recipient").isEqualTo(jobs);
            assertThat(count("select count(*) from local_mail m join mail_job j on j.message_id = m.message_id"
                    + " where j.instance_id = ?::uuid", id)).as("each e-mail delivered once").isEqualTo(jobs);
            assertThat(count("select count(*) from mail_attempt a join mail_job j on j.id = a.job_id"
                    + " where j.instance_id = ?::uuid", id)).as("one attempt per e-mail").isEqualTo(jobs);
        }
    }

    @Test
    void aDefinitionChangedUnderTheSameVersionOnOneNodeNeverPinsTwoContents() throws Exception {
        expect(201, call(nodeA, "POST", "/api/instances", Map.of("form", "usato")));

        // Used already: the node with the changed file refuses to publish it, says why, and goes on
        // with the stored content.
        writeModule(formsB, "usato", "Modulo usato, titolo cambiato");
        await("node B refuses the changed module", () -> problemsOf(nodeB).contains("usato")
                && problemsOf(nodeB).contains("già usata da istanze"));
        assertThat(expect(201, call(nodeB, "POST", "/api/instances", Map.of("form", "usato")))
                .get("form").get("title").asText()).isEqualTo("Modulo usato");
        expect(201, call(nodeA, "POST", "/api/instances", Map.of("form", "usato")));

        // Not used yet: the changed content is stored, and the node still holding the old file
        // refuses to compile the module under that version, saying why, instead of pinning it.
        writeModule(formsB, "inutilizzato", "Modulo non ancora usato, titolo cambiato");
        await("node B publishes the changed module", () -> {
            try {
                return call(nodeB, "GET", "/api/forms/inutilizzato", null).body().contains("titolo cambiato");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        JsonNode refused = expect(409, call(nodeA, "POST", "/api/instances", Map.of("form", "inutilizzato")));
        assertThat(refused.get("detail").asText()).contains("non è quello pubblicato con la stessa versione")
                .contains("un altro nodo ha un file diverso");
        expect(201, call(nodeB, "POST", "/api/instances", Map.of("form", "inutilizzato")));
        assertThat(count("select count(distinct sha256) from form_version where code in ('usato', 'inutilizzato')"))
                .isEqualTo(2);
    }

    private String problemsOf(ConfigurableApplicationContext node) {
        try {
            return call(node, "GET", "/api/forms/problems", null).body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
