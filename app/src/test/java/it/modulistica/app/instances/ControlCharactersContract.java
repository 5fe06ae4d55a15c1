package it.modulistica.app.instances;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Control characters other than tab, CR and LF are refused in every text the API stores, with 422,
 * the pointer of the text and an Italian message, and nothing is written: a NUL would crash
 * PostgreSQL's {@code jsonb} and be stored as it is by H2. Run on every database by its subclasses.
 */
abstract class ControlCharactersContract {

    private static final String MESSAGE =
            "Il testo contiene un carattere di controllo non ammesso (U+0000): eliminarlo e riprovare";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper mapper;

    private InstancesApi owner() {
        return new InstancesApi(http, "federica.neri");
    }

    private String draftWithValidData() throws IOException {
        ResponseEntity<JsonNode> created = owner().create("utenti-servizi-06", "004003");
        String id = created.getBody().get("id").asText();
        JsonNode valid = InstancesApi.example(mapper, "valid/comune-di-alba-un-utente.json");
        assertThat(owner().save(id, valid, null).getStatusCode()).isEqualTo(HttpStatus.OK);
        return id;
    }

    private static void assertRefused(ResponseEntity<JsonNode> answer, String pointer, String character) {
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode error = answer.getBody().at("/errors/0");
        assertThat(error.get("pointer").asText()).isEqualTo(pointer);
        assertThat(error.get("code").asText()).isEqualTo("controlCharacter");
        assertThat(error.get("message").asText()).isEqualTo(MESSAGE.replace("U+0000", character));
    }

    @Test
    void refusesANulInsideAValueAndKeepsTheSavedData() throws IOException {
        String id = draftWithValidData();
        JsonNode before = owner().get(id).getBody().get("data");
        ObjectNode data = InstancesApi.example(mapper, "valid/comune-di-alba-un-utente.json").deepCopy();
        data.with("comune").put("indirizzo", "Piazza\u0000Risorgimento, 1");

        assertRefused(owner().save(id, data, null), "/comune/indirizzo", "U+0000");
        assertThat(owner().get(id).getBody().get("data")).isEqualTo(before);
    }

    @Test
    void refusesAControlCharacterAtTheEndOfAValueRatherThanTrimmingIt() throws IOException {
        String id = draftWithValidData();
        ObjectNode data = InstancesApi.example(mapper, "valid/comune-di-alba-un-utente.json").deepCopy();
        ((ObjectNode) data.withArray("utenti").get(0)).put("nome", "Laura\u001b");

        assertRefused(owner().save(id, data, null), "/utenti/0/nome", "U+001B");
    }

    @Test
    void refusesANulInAKey() throws IOException {
        String id = draftWithValidData();
        ObjectNode data = InstancesApi.example(mapper, "valid/comune-di-alba-un-utente.json").deepCopy();
        data.put("note\u0000", "x");

        ResponseEntity<JsonNode> answer = owner().save(id, data, null);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(answer.getBody().get("errors").findValuesAsText("code")).contains("controlCharacter");
    }

    @Test
    void acceptsTabsAndLineBreaks() throws IOException {
        String id = draftWithValidData();
        ObjectNode data = InstancesApi.example(mapper, "valid/comune-di-alba-un-utente.json").deepCopy();
        data.with("comune").put("indirizzo", "Piazza Risorgimento,\t1");

        ResponseEntity<JsonNode> saved = owner().save(id, data, null);
        assertThat(saved.getStatusCode()).as(String.valueOf(saved.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(saved.getBody().at("/data/comune/indirizzo").asText()).isEqualTo("Piazza Risorgimento,\t1");
    }

    @Test
    void refusesANulInTheNoteOfAnAction() throws IOException {
        String id = draftWithValidData();
        assertThat(owner().act(id, "completa", null, null).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(owner().act(id, "invia", null, null).getStatusCode()).isEqualTo(HttpStatus.OK);
        InstancesApi operator = new InstancesApi(http, "operatore");
        assertThat(operator.act(id, "prendi-in-carico", null, null).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertRefused(operator.act(id, "richiedi-integrazione", "Manca\u0000 la delibera", null), "/note", "U+0000");
        assertThat(owner().get(id).getBody().at("/state/code").asText()).isEqualTo("IN_LAVORAZIONE");
    }
}
