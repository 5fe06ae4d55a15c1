package it.modulistica.app.instances;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.app.security.NewUser;
import it.modulistica.app.security.OperatorScope;
import it.modulistica.app.security.RoleGrant;
import it.modulistica.app.security.UserDirectory;
import java.io.IOException;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The instances API through the whole standard lifecycle, run on every database by its subclasses:
 * the owner compiles, completes, brings back to draft, sends; the operator of the category takes it
 * in charge, asks for an integration, the owner answers, the operator accepts and archives.
 */
abstract class InstancesApiContract {

    static final String UTENTI = "utenti-servizi-06";
    static final String ALBA = "004003";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper mapper;

    @Autowired
    UserDirectory users;

    InstancesApi owner() {
        return new InstancesApi(http, "federica.neri");
    }

    InstancesApi operator() {
        return new InstancesApi(http, "operatore");
    }

    InstancesApi stranger() {
        return new InstancesApi(http, "mario.rossi");
    }

    String createDraft() {
        ResponseEntity<JsonNode> created = owner().create(UTENTI, ALBA);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").asText();
    }

    /** A draft filled with the valid example, completed and sent: the office's from now on. */
    String createSent() throws IOException {
        String id = createDraft();
        assertThat(owner().save(id, InstancesApi.example(mapper, "valid/comune-di-alba-un-utente.json"), null)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        for (String action : List.of("completa", "invia")) {
            assertThat(owner().act(id, action, null, null).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        return id;
    }

    private static List<String> codes(JsonNode list, String field) {
        List<String> codes = new ArrayList<>();
        list.forEach(item -> codes.add(item.get(field).asText()));
        return codes;
    }

    private static String state(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        return response.getBody().get("state").asText();
    }

    @Test
    void aRefusedActionNamesTheStateByItsLabelInTheCallersLanguage() throws IOException {
        String id = createDraft();
        assertThat(owner().save(id, InstancesApi.example(mapper, "valid/comune-di-alba-un-utente.json"), null)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(state(owner().act(id, "completa", null, null))).isEqualTo("DA_INVIARE");

        ResponseEntity<JsonNode> italian = owner().act(id, "completa", null, null);
        assertThat(italian.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(italian.getBody().get("state").asText()).isEqualTo("DA_INVIARE");
        assertThat(italian.getBody().get("detail").asText())
                .isEqualTo("L'azione «Salva e prosegui» non è consentita nello stato «DA INVIARE».");

        org.springframework.http.HttpHeaders english = new org.springframework.http.HttpHeaders();
        english.set(org.springframework.http.HttpHeaders.ACCEPT_LANGUAGE, "en");
        ResponseEntity<JsonNode> refused = owner().exchange(HttpMethod.POST, "/api/instances/" + id + "/actions/completa",
                null, english);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("detail").asText())
                .isEqualTo("The action \"Save and continue\" is not permitted in state \"TO BE SENT\".");
    }

    @Test
    void runsTheWholeStandardLifecycle() throws IOException {
        ResponseEntity<JsonNode> created = owner().create(UTENTI, ALBA);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode draft = created.getBody();
        String id = draft.get("id").asText();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/instances/" + id);
        assertThat(created.getHeaders().getETag()).isEqualTo("\"" + draft.get("version").asLong() + "\"");
        assertThat(draft.get("number").asText()).matches("SERV06_UTENTI_" + Year.now().getValue() + "\\.\\d{7}");
        assertThat(draft.at("/state/code").asText()).isEqualTo("BOZZA");
        assertThat(draft.at("/state/label").asText()).isEqualTo("BOZZA");
        assertThat(draft.at("/form/code").asText()).isEqualTo(UTENTI);
        assertThat(draft.at("/form/version").asText()).isEqualTo("1.1.0");
        assertThat(draft.get("organisation").asText()).isEqualTo(ALBA);
        assertThat(codes(draft.get("actions"), "code")).containsExactly("completa");

        JsonNode data = InstancesApi.example(mapper, "valid/comune-di-alba-un-utente.json");
        ResponseEntity<JsonNode> saved = owner().save(id, data, created.getHeaders().getETag());
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(saved.getBody().at("/data/comune/comune").asText()).isEqualTo(ALBA);
        assertThat(owner().save(id, data, created.getHeaders().getETag()).getStatusCode())
                .isEqualTo(HttpStatus.PRECONDITION_FAILED);

        JsonNode completa = owner().actions(id).getBody().get(0);
        assertThat(completa.get("label").asText()).isEqualTo("Salva e prosegui");
        assertThat(completa.get("confirmation").asText())
                .isEqualTo("Confermi di voler salvare, uscire dalla compilazione e proseguire al passo successivo?");
        assertThat(state(owner().act(id, "completa", null, null))).isEqualTo("DA_INVIARE");
        ResponseEntity<JsonNode> refused = owner().save(id, data, null);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("detail").asText()).isEqualTo("Il modulo inviato non può essere modificato");
        assertThat(codes(owner().actions(id).getBody(), "code")).containsExactly("invia", "riporta-in-bozza");
        assertThat(state(owner().act(id, "riporta-in-bozza", null, null))).isEqualTo("BOZZA");
        assertThat(state(owner().act(id, "completa", null, null))).isEqualTo("DA_INVIARE");

        String key = UUID.randomUUID().toString();
        ResponseEntity<JsonNode> sent = owner().act(id, "invia", null, key);
        assertThat(state(sent)).isEqualTo("INVIATA");
        ResponseEntity<JsonNode> repeated = owner().act(id, "invia", null, key);
        assertThat(state(repeated)).isEqualTo("INVIATA");
        assertThat(repeated.getBody().get("repeated").asBoolean()).isTrue();
        assertThat(repeated.getBody().get("version").asLong()).isEqualTo(sent.getBody().get("version").asLong());

        ResponseEntity<JsonNode> again = owner().act(id, "invia", null, null);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(again.getBody().get("state").asText()).isEqualTo("INVIATA");
        assertThat(again.getBody().get("permittedActions")).isEmpty();
        JsonNode inviata = owner().get(id).getBody();
        assertThat(inviata.get("sentAt").isNull()).isFalse();
        assertThat(inviata.get("frozenSha256").asText()).matches("[0-9a-f]{64}");

        assertThat(codes(operator().actions(id).getBody(), "code")).containsExactly("prendi-in-carico");
        assertThat(state(operator().act(id, "prendi-in-carico", null, null))).isEqualTo("IN_LAVORAZIONE");
        ResponseEntity<JsonNode> withoutNote = operator().act(id, "richiedi-integrazione", null, null);
        assertThat(withoutNote.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(withoutNote.getBody().at("/errors/0/pointer").asText()).isEqualTo("/note");
        assertThat(state(operator().act(id, "richiedi-integrazione", "Manca il codice fiscale del RUP", null)))
                .isEqualTo("IN_ATTESA_INTEGRAZIONE");
        assertThat(owner().act(id, "accogli", "no", null).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(state(owner().act(id, "invia-integrazione", "Ecco i dati", null))).isEqualTo("IN_LAVORAZIONE");
        assertThat(state(operator().act(id, "accogli", "Utenti abilitati", null))).isEqualTo("ACCOLTA");
        assertThat(state(operator().act(id, "archivia", null, null))).isEqualTo("ARCHIVIATA");

        JsonNode history = owner().history(id).getBody();
        assertThat(codes(history, "action")).containsExactly("creazione", "completa", "riporta-in-bozza", "completa",
                "invia", "prendi-in-carico", "richiedi-integrazione", "invia-integrazione", "accogli", "archivia");
        assertThat(codes(history, "actor")).containsExactly("federica.neri", "federica.neri", "federica.neri",
                "federica.neri", "federica.neri", "operatore", "operatore", "federica.neri", "operatore", "operatore");
        assertThat(history.get(6).get("note").asText()).isEqualTo("Manca il codice fiscale del RUP");
        assertThat(history.get(4).get("fromState").asText()).isEqualTo("DA_INVIARE");
        assertThat(history.get(4).get("toState").asText()).isEqualTo("INVIATA");
    }

    @Test
    void theReceiptIsPrintedOnceAtSendingAndDownloadedByteForByte() throws IOException {
        String id = createDraft();
        TestRestTemplate owner = http.withBasicAuth("federica.neri", "demo");
        ResponseEntity<byte[]> draftPdf = owner.getForEntity("/api/instances/" + id + "/pdf", byte[].class);
        assertThat(draftPdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(draftPdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(draftPdf.getHeaders().getContentDisposition().getFilename()).startsWith("bozza-SERV06_UTENTI_");
        assertThat(PdfText.of(draftPdf.getBody())).contains("BOZZA");

        owner().save(id, InstancesApi.example(mapper, "valid/comune-di-alba-un-utente.json"), null);
        owner().act(id, "completa", null, null);
        owner().act(id, "invia", null, null);
        JsonNode sent = owner().get(id).getBody();

        ResponseEntity<byte[]> first = owner.getForEntity("/api/instances/" + id + "/pdf", byte[].class);
        ResponseEntity<byte[]> second = owner.getForEntity("/api/instances/" + id + "/pdf", byte[].class);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getHeaders().getContentDisposition().isAttachment()).isTrue();
        assertThat(first.getHeaders().getContentDisposition().getFilename())
                .isEqualTo(sent.get("number").asText() + ".pdf");
        assertThat(first.getHeaders().getCacheControl()).contains("no-store");
        assertThat(second.getBody()).isEqualTo(first.getBody());
        String text = PdfText.of(first.getBody());
        assertThat(text).contains(sent.get("number").asText(), sent.get("frozenSha256").asText(), "Utenti Servizi 06",
                "Alba").doesNotContain("BOZZA");
        assertThat(stranger().exchange(HttpMethod.GET, "/api/instances/" + id + "/pdf", null, null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth("mario.rossi", "demo").getForEntity("/api/instances/" + id + "/pdf", byte[].class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void completingInvalidDataAnswers422WithEveryError() {
        String id = createDraft();

        ResponseEntity<JsonNode> response = owner().act(id, "completa", null, null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(codes(response.getBody().get("errors"), "pointer")).contains("/privacy/presaVisione", "/utenti");
        assertThat(response.getBody().at("/errors/0/message").asText()).isNotBlank();
        assertThat(state(owner().get(id))).isNotNull();
        assertThat(owner().get(id).getBody().at("/state/code").asText()).isEqualTo("BOZZA");
    }

    @Test
    void aDraftKeepsIncompleteDataButRefusesMalformedData() {
        String id = createDraft();
        ObjectNode incomplete = mapper.createObjectNode();
        incomplete.putObject("privacy").put("presaVisione", true);
        ObjectNode malformed = mapper.createObjectNode();
        malformed.putObject("comune").put("cap", 12051).put("frazione", "Altavilla");

        assertThat(owner().save(id, incomplete, null).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> refused = owner().save(id, malformed, null);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(codes(refused.getBody().get("errors"), "pointer")).containsExactly("/comune/cap", "/comune/frazione");
        assertThat(owner().get(id).getBody().at("/data/privacy/presaVisione").asBoolean()).isTrue();
    }

    @Test
    void anInstanceIsHiddenFromEveryoneElse() {
        String id = createDraft();
        InstancesApi stranger = stranger();

        assertThat(stranger.get(id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(stranger.save(id, mapper.createObjectNode(), null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(stranger.actions(id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(stranger.history(id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(stranger.act(id, "completa", null, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(stranger.exchange(HttpMethod.DELETE, "/api/instances/" + id, null, null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(stranger.exchange(HttpMethod.PUT, "/api/instances/" + id + "/star", null, null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(stranger.get(UUID.randomUUID().toString()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anOperatorOfAnotherCategorySeesNothing() throws IOException {
        if (!users.exists("operatore.salute")) {
            users.register(new NewUser("operatore.salute", "Operatore Salute", null, null,
                    List.of(RoleGrant.operator(OperatorScope.category("salute")))), "demo");
        }
        String id = createSent();
        InstancesApi other = new InstancesApi(http, "operatore.salute");

        assertThat(other.get(id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other.actions(id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other.history(id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other.act(id, "prendi-in-carico", null, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(operator().get(id).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void listsStarsAndDeletesTheCallersInstances() {
        String kept = createDraft();
        String deleted = createDraft();
        InstancesApi owner = owner();

        assertThat(owner.exchange(HttpMethod.PUT, "/api/instances/" + kept + "/star", null, null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(owner.exchange(HttpMethod.DELETE, "/api/instances/" + deleted, null, null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode starred = owner.exchange(HttpMethod.GET, "/api/instances?starred=true&tab=in-lavorazione", null, null)
                .getBody();
        assertThat(codes(starred.get("items"), "id")).containsExactly(kept);
        JsonNode mine = owner.exchange(HttpMethod.GET, "/api/instances?form=" + UTENTI + "&size=100", null, null)
                .getBody();
        assertThat(codes(mine.get("items"), "id")).contains(kept).doesNotContain(deleted);
        assertThat(owner.get(deleted).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // The stranger may have instances of its own (other tests share the context): none of the owner's.
        assertThat(codes(stranger().exchange(HttpMethod.GET, "/api/instances?size=100", null, null).getBody().get("items"),
                "id")).doesNotContain(kept, deleted);
        assertThat(owner.exchange(HttpMethod.GET, "/api/instances?size=1000", null, null).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void pagesTheCallersInstancesWithNextAndPreviousLinks() {
        for (int n = 0; n < 3; n++) {
            createDraft();
        }
        InstancesApi owner = owner();
        JsonNode all = owner.exchange(HttpMethod.GET, "/api/instances?form=" + UTENTI + "&size=100", null, null)
                .getBody();
        List<String> ids = codes(all.get("items"), "id");
        assertThat(all.get("totalCapped").asBoolean()).isFalse();
        assertThat(all.get("next").isNull()).isTrue();

        JsonNode first = owner.exchange(HttpMethod.GET, "/api/instances?form=" + UTENTI + "&size=2", null, null)
                .getBody();
        assertThat(codes(first.get("items"), "id")).containsExactlyElementsOf(ids.subList(0, 2));
        assertThat(first.get("previous").isNull()).isTrue();
        String next = first.get("next").asText();
        assertThat(next).startsWith("/api/instances?size=2&form=" + UTENTI + "&after=");
        // A draft started after the first page was read does not shift the second page.
        createDraft();
        JsonNode second = owner.exchange(HttpMethod.GET, next, null, null).getBody();
        assertThat(codes(second.get("items"), "id")).containsExactlyElementsOf(ids.subList(2, 4));
        JsonNode back = owner.exchange(HttpMethod.GET, second.get("previous").asText(), null, null).getBody();
        assertThat(codes(back.get("items"), "id")).containsExactlyElementsOf(ids.subList(0, 2));

        ResponseEntity<JsonNode> bad = owner.exchange(HttpMethod.GET, "/api/instances?after=non-un-cursore", null, null);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody().get("parameter").asText()).isEqualTo("after");
    }

    @Test
    void refusesCreationWithoutAModuleOrForAnUnknownOne() {
        ResponseEntity<JsonNode> missing = owner().exchange(HttpMethod.POST, "/api/instances",
                mapper.createObjectNode(), null);
        ResponseEntity<JsonNode> unknown = owner().create("non-esiste", ALBA);
        ResponseEntity<JsonNode> withoutOrganisation = owner().exchange(HttpMethod.POST, "/api/instances",
                mapper.createObjectNode().put("form", UTENTI), null);

        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(withoutOrganisation.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(withoutOrganisation.getBody().at("/errors/0/pointer").asText()).isEqualTo("/organisation");
    }
}
