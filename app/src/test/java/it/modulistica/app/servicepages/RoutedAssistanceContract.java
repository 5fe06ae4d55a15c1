package it.modulistica.app.servicepages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.app.mail.MailRuns;
import it.modulistica.app.pages.InstanceRendering;
import it.modulistica.app.security.NewUser;
import it.modulistica.app.security.OperatorScope;
import it.modulistica.app.security.RoleGrant;
import it.modulistica.app.security.UserDirectory;
import it.modulistica.engine.lifecycle.Caller;
import it.modulistica.engine.lifecycle.InstanceLifecycle;
import it.modulistica.engine.lifecycle.InstanceView;
import it.modulistica.engine.lifecycle.ReceiptPrinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The request for assistance routed by its data ({@code x-module.routing}) on every database, the
 * subclasses choosing which: a citizen asks for help with the school vouchers; the operators of
 * Voucher scuola see it in every list, count and export, open it and resend its receipt; the
 * operators of another category (one the field offers, the module's own Assistenza, one it does not
 * offer) get 404 and do not find it; the receipt e-mail goes to the citizen; and the receipt prints
 * the assistance contacts as they were when it was sent, byte for byte the same after the admins
 * change them.
 */
abstract class RoutedAssistanceContract {

    static final String MODULE = "richiesta-assistenza";
    static final String OWNER = "mario.rossi";
    static final String VOUCHER_OPERATOR = "operatore.voucher";
    /** Operator of Servizi educativi, a category the field offers too. */
    static final String EDUCATION_OPERATOR = "operatore";
    static final String ASSISTANCE_OPERATOR = "operatore.assistenza";
    static final String HEALTH_DESK_OPERATOR = "operatore.sanita";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper mapper;

    @Autowired
    UserDirectory users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ServicePages pages;

    @Autowired
    InstanceLifecycle lifecycle;

    @Autowired
    ReceiptPrinter printer;

    @Autowired
    InstanceRendering rendering;

    @BeforeEach
    void operators() {
        operator(VOUCHER_OPERATOR, "voucher-scuola");
        operator(ASSISTANCE_OPERATOR, "assistenza");
        operator(HEALTH_DESK_OPERATOR, "sanita");
    }

    private void operator(String username, String category) {
        if (!users.exists(username)) {
            users.register(new NewUser(username, "Operatore " + category, null, null,
                    List.of(RoleGrant.operator(OperatorScope.category(category)))), "demo");
        }
    }

    @Test
    void reachesTheOperatorsOfTheCategoryChosenAndNoOthers() {
        String token = "tk" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long voucherCounted = counted(VOUCHER_OPERATOR);
        long educationCounted = counted(EDUCATION_OPERATOR);
        String id = send("voucher-scuola", "Errore ISEE " + token, "mario.rossi." + token + "@example.org");
        String number = exchange(OWNER, HttpMethod.GET, "/api/instances/" + id, HttpStatus.OK).get("number").asText();
        assertThat(jdbc.sql("select routing_category from instance where id = ?").param(UUID.fromString(id))
                .query(String.class).single()).isEqualTo("voucher-scuola");

        // The operator of the category chosen sees it, lists it, counts it, exports it and processes it.
        assertThat(exchange(VOUCHER_OPERATOR, HttpMethod.GET, "/api/instances/" + id, HttpStatus.OK)
                .at("/data/richiesta/oggetto").asText()).isEqualTo("Errore ISEE " + token);
        assertThat(numbers(exchange(VOUCHER_OPERATOR, HttpMethod.GET, list(token), HttpStatus.OK))).containsExactly(number);
        assertThat(tab(exchange(VOUCHER_OPERATOR, HttpMethod.GET, "/api/backoffice/forms", HttpStatus.OK), "concluse"))
                .isPositive();
        assertThat(csv(VOUCHER_OPERATOR, token)).contains(number);
        assertThat(counted(VOUCHER_OPERATOR)).isEqualTo(voucherCounted + 1);
        assertThat(exchange(VOUCHER_OPERATOR, HttpMethod.POST, "/api/instances/" + id + "/deliveries/receipt",
                HttpStatus.ACCEPTED).get("queued").asInt()).isPositive();

        // An operator of another category the field offers: the module is in their back office, the request is not.
        assertThat(exchange(EDUCATION_OPERATOR, HttpMethod.GET, "/api/instances/" + id, HttpStatus.NOT_FOUND)).isNotNull();
        assertThat(numbers(exchange(EDUCATION_OPERATOR, HttpMethod.GET, list(token), HttpStatus.OK))).isEmpty();
        assertThat(csv(EDUCATION_OPERATOR, token)).doesNotContain(number);
        assertThat(counted(EDUCATION_OPERATOR)).isEqualTo(educationCounted);
        assertThat(exchange(EDUCATION_OPERATOR, HttpMethod.POST, "/api/instances/" + id + "/deliveries/receipt",
                HttpStatus.NOT_FOUND)).isNotNull();
        // The module's own category no longer receives what was routed elsewhere.
        assertThat(exchange(ASSISTANCE_OPERATOR, HttpMethod.GET, "/api/instances/" + id, HttpStatus.NOT_FOUND)).isNotNull();
        assertThat(numbers(exchange(ASSISTANCE_OPERATOR, HttpMethod.GET, list(token), HttpStatus.OK))).isEmpty();
        // A category the requests never went to: the module does not exist for them.
        exchange(HEALTH_DESK_OPERATOR, HttpMethod.GET, "/api/instances/" + id, HttpStatus.NOT_FOUND);
        exchange(HEALTH_DESK_OPERATOR, HttpMethod.GET, list(token), HttpStatus.NOT_FOUND);
        assertThat(StreamSupport.stream(exchange(HEALTH_DESK_OPERATOR, HttpMethod.GET, "/api/backoffice/forms",
                HttpStatus.OK).spliterator(), false).map(form -> form.get("code").asText())).doesNotContain(MODULE);

        MailRuns.runOnce(context, Instant.now());
        assertThat(jdbc.sql("select recipient from mail_job where instance_id = ? and kind = 'RECEIPT'")
                .param(UUID.fromString(id)).query(String.class).list())
                .contains("mario.rossi." + token + "@example.org");
    }

    @Test
    void theReceiptPrintsTheContactsAsTheyWereWhenSentWhateverTheAdminsChangeLater() {
        pages.addContact(null, MODULE, new Contact(0, Contact.Kind.EMAIL, "Assistenza sul modulo", null,
                "assistenza.moduli@example.org", null));
        pages.addContact("voucher-scuola", null, new Contact(0, Contact.Kind.PHONE, "Ufficio voucher", "Voucher office",
                "011 4321000", "lunedì–venerdì 9:00–13:00"));
        String id;
        try {
            id = send("voucher-scuola", "Contatti", OWNER + "@example.org");
        } finally {
            removeContacts();
        }
        pages.addContact("voucher-scuola", null, new Contact(0, Contact.Kind.PHONE, "Nuovo numero", null,
                "011 9999999", null));
        try {
            byte[] downloaded = pdf(id);
            String text = pdfText(downloaded);
            assertThat(text).contains("Assistenza", "Assistenza sul modulo", "assistenza.moduli@example.org",
                    "Ufficio voucher", "011 4321000", "lunedì–venerdì 9:00–13:00").doesNotContain("011 9999999");
            assertThat(pdf(id)).isEqualTo(downloaded);
            InstanceView view = lifecycle.get(UUID.fromString(id), Caller.user(OWNER));
            assertThat(printer.print(view.instance(), view.definition(), view.state())).isEqualTo(downloaded);

            String html = rendering.html(view, Locale.ENGLISH);
            assertThat(html).contains("Voucher office", "011 4321000", "lunedì–venerdì 9:00–13:00",
                    "assistenza.moduli@example.org").doesNotContain("011 9999999");
        } finally {
            removeContacts();
        }
    }

    @Test
    void theReceiptsContactsAreTheModulesThenThoseOfItsCategoryTheChosenOneOrTheListedOne() {
        pages.addContact(null, MODULE, new Contact(0, Contact.Kind.EMAIL, "Modulo, primo", null, "primo@example.org", null));
        pages.addContact(null, MODULE, new Contact(0, Contact.Kind.EMAIL, "Modulo, secondo", null, "secondo@example.org", null));
        pages.addContact("voucher-scuola", null, new Contact(0, Contact.Kind.PHONE, "Voucher", null, "011 1", null));
        pages.addContact("salute", null, new Contact(0, Contact.Kind.PHONE, "Salute", null, "011 2", null));
        try {
            assertThat(pages.contactsWithCategory(MODULE, "salute", "voucher-scuola")).extracting(Contact::label)
                    .containsExactly("Modulo, primo", "Modulo, secondo", "Salute");
            assertThat(pages.contactsWithCategory(MODULE, null, "voucher-scuola")).extracting(Contact::label)
                    .containsExactly("Modulo, primo", "Modulo, secondo", "Voucher");
            // Listed by the admins under another category than its definition names.
            jdbc.sql("INSERT INTO form_category (form_code, category_code, assigned_by, assigned_at) VALUES (?, ?, ?, ?)")
                    .params(MODULE, "salute", "admin", OffsetDateTime.now(ZoneOffset.UTC)).update();
            assertThat(pages.contactsWithCategory(MODULE, null, "voucher-scuola")).extracting(Contact::label)
                    .containsExactly("Modulo, primo", "Modulo, secondo", "Salute");
            assertThat(pages.contactsWithCategory("nessun-modulo", null, "nessuna-categoria")).isEmpty();
        } finally {
            jdbc.sql("DELETE FROM form_category WHERE form_code = ?").param(MODULE).update();
            removeContacts();
            pages.contactsOfCategory("salute").forEach(contact ->
                    pages.remove(ServicePages.Part.CONTACT, "salute", contact.id()));
        }
    }

    private void removeContacts() {
        pages.contactsOfModule(MODULE).forEach(contact -> pages.remove(ServicePages.Part.MODULE_CONTACT, MODULE, contact.id()));
        pages.contactsOfCategory("voucher-scuola").forEach(contact ->
                pages.remove(ServicePages.Part.CONTACT, "voucher-scuola", contact.id()));
    }

    /** Compiles and sends a request for assistance with the service {@code category}: its id. */
    private String send(String category, String subject, String email) {
        String id = exchange(OWNER, HttpMethod.POST, "/api/instances", Map.of("form", MODULE), HttpStatus.CREATED)
                .get("id").asText();
        ObjectNode data = mapper.createObjectNode();
        data.putObject("richiedente").put("nome", "Mario").put("cognome", "Rossi").put("email", email);
        data.putObject("richiesta").put("categoria", category).put("oggetto", subject)
                .put("descrizione", "All'invio compare un errore sull'ISEE.");
        exchange(OWNER, HttpMethod.PUT, "/api/instances/" + id + "/data", data, HttpStatus.OK);
        assertThat(exchange(OWNER, HttpMethod.POST, "/api/instances/" + id + "/actions/invia", Map.of(), HttpStatus.OK)
                .get("state").asText()).isEqualTo("INVIATA");
        return id;
    }

    private static String list(String token) {
        return "/api/backoffice/instances?form=" + MODULE + "&q=" + token;
    }

    private static List<String> numbers(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(item -> item.get("number").asText())
                .toList();
    }

    private static long tab(JsonNode modules, String tab) {
        for (JsonNode module : modules) {
            if (module.get("code").asText().equals(MODULE)) {
                return module.get("tabs").get(tab).asLong();
            }
        }
        throw new AssertionError(MODULE + " is not among the operator's modules: " + modules);
    }

    private String csv(String user, String token) {
        ResponseEntity<byte[]> response = http.withBasicAuth(user, "demo").exchange(
                "/api/backoffice/export?format=csv&form=" + MODULE + "&q=" + token, HttpMethod.GET, null, byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return new String(response.getBody(), StandardCharsets.UTF_8);
    }

    private byte[] pdf(String id) {
        ResponseEntity<byte[]> response = http.withBasicAuth(OWNER, "demo")
                .exchange("/api/instances/" + id + "/pdf", HttpMethod.GET, null, byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a readable PDF", e);
        }
    }

    private JsonNode exchange(String user, HttpMethod method, String path, HttpStatus expected) {
        return exchange(user, method, path, null, expected);
    }

    private JsonNode exchange(String user, HttpMethod method, String path, Object body, HttpStatus expected) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> response = http.withBasicAuth(user, "demo")
                .exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
        assertThat(response.getStatusCode()).as("%s %s as %s: %s", method, path, user, response.getBody())
                .isEqualTo(expected);
        return response.getBody();
    }

    /** The instances the operator's statistics of the module count, in every state. */
    private long counted(String operator) {
        long counted = 0;
        for (JsonNode state : exchange(operator, HttpMethod.GET, "/api/backoffice/stats?form=" + MODULE, HttpStatus.OK)
                .get("byState")) {
            counted += state.get("count").asLong();
        }
        return counted;
    }
}
