package it.modulistica.app.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Users act for the organisations they belong to, with the role the module asks for: the demo
 * mayor of Alba and Bra compiles Utenti Servizi 06 for both, Alba's official for neither. The
 * module's mayor comes from the profile, its municipality must be the one acted for, and the
 * municipality's other members read its instances.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganisationsApiTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper mapper;

    private TestRestTemplate as(String username) {
        return http.withBasicAuth(username, "demo");
    }

    private ResponseEntity<JsonNode> create(String username, String organisation) {
        return as(username).postForEntity("/api/instances",
                Map.of("form", "utenti-servizi-06", "organisation", organisation), JsonNode.class);
    }

    private JsonNode albaExample() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(
                "/forms/utenti-servizi-06/examples/valid/comune-di-alba-un-utente.json")) {
            return mapper.readTree(in);
        }
    }

    private ResponseEntity<JsonNode> save(String id, JsonNode data) {
        return as("federica.neri").exchange("/api/instances/" + id + "/data", HttpMethod.PUT, new HttpEntity<>(data),
                JsonNode.class);
    }

    @Test
    void prefillsTheEntesDataFromTheOrganisationChosenAndLetsTheMayorCorrectIt() throws IOException {
        JsonNode created = create("federica.neri", "004003").getBody();
        String id = created.get("id").asText();

        JsonNode comune = created.at("/data/comune");
        assertThat(comune.get("provincia").asText()).isEqualTo("CN");
        assertThat(comune.get("comune").asText()).isEqualTo("004003");
        assertThat(comune.get("codiceFiscale").asText()).isEqualTo("00296180045");
        assertThat(comune.get("pec").asText()).isEqualTo("protocollo.alba@pec.example.org");
        ObjectNode corrected = (ObjectNode) albaExample();
        ((ObjectNode) corrected.get("comune")).put("pec", "segreteria.alba@pec.example.org");
        ResponseEntity<JsonNode> saved = save(id, corrected);
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(saved.getBody().at("/data/comune/pec").asText()).isEqualTo("segreteria.alba@pec.example.org");
    }

    @Test
    void prefillsTheMayorFromTheProfileAndKeepsItLocked() throws IOException {
        JsonNode created = create("federica.neri", "004003").getBody();
        String id = created.get("id").asText();

        assertThat(created.at("/data/comune/sindaco")).isEqualTo(mapper.readTree(
                "{\"nome\": \"Federica\", \"cognome\": \"Neri\", \"codiceFiscale\": \"NREFRC75C54A124J\"}"));
        ObjectNode changed = (ObjectNode) albaExample();
        ((ObjectNode) changed.at("/comune/sindaco")).put("nome", "Francesca");
        ResponseEntity<JsonNode> refused = save(id, changed);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("pointer").asText()).isEqualTo("/comune/sindaco/nome");
            assertThat(error.get("code").asText()).isEqualTo("prefilled");
            assertThat(error.get("message").asText()).isEqualTo("Campo compilato dai dati del profilo: non modificabile");
        });
        ObjectNode withoutMayor = (ObjectNode) albaExample();
        ((ObjectNode) withoutMayor.get("comune")).remove("sindaco");
        assertThat(save(id, withoutMayor).getBody().at("/data/comune/sindaco/cognome").asText()).isEqualTo("Neri");
    }

    @Test
    void refusesToCompleteWhenTheMunicipalityIsNotTheOneActedFor() throws IOException {
        String id = create("federica.neri", "004029").getBody().get("id").asText();
        assertThat(save(id, albaExample()).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> refused = as("federica.neri").postForEntity(
                "/api/instances/" + id + "/actions/completa", null, JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("pointer").asText()).isEqualTo("/comune/comune");
            assertThat(error.get("code").asText()).isEqualTo("organisation");
            assertThat(error.get("message").asText())
                    .isEqualTo("Il valore deve corrispondere all'ente per cui si compila il modulo (004029)");
        });
    }

    @Test
    void theMunicipalOfficialReadsTheInstancesFiledForAlbaButActsOnNone() {
        String alba = create("federica.neri", "004003").getBody().get("id").asText();
        String bra = create("federica.neri", "004029").getBody().get("id").asText();

        ResponseEntity<JsonNode> read = as("giuseppe.verdi").getForEntity("/api/instances/" + alba, JsonNode.class);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getBody().get("actions")).isEmpty();
        assertThat(as("giuseppe.verdi").postForEntity("/api/instances/" + alba + "/actions/completa", null,
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(as("giuseppe.verdi").getForEntity("/api/instances/" + bra, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("mario.rossi").getForEntity("/api/instances/" + alba, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void meListsTheOrganisationsWithTheRolesHeldAndThePersonsNames() {
        JsonNode me = as("federica.neri").getForObject("/api/me", JsonNode.class);

        assertThat(me.get("firstName").asText()).isEqualTo("Federica");
        assertThat(me.get("lastName").asText()).isEqualTo("Neri");
        assertThat(me.get("codiceFiscale").asText()).isEqualTo("NREFRC75C54A124J");
        assertThat(me.get("memberships")).extracting(m -> m.get("code").asText()).containsExactly("004003", "004029");
        JsonNode alba = me.get("memberships").get(0);
        assertThat(alba.get("name").asText()).isEqualTo("Comune di Alba");
        assertThat(alba.get("kind").asText()).isEqualTo("COMUNE");
        assertThat(alba.get("codiceFiscale").asText()).isEqualTo("00296180045");
        assertThat(alba.get("roles")).extracting(JsonNode::asText).containsExactly("LEGALE_RAPPRESENTANTE");

        JsonNode official = as("giuseppe.verdi").getForObject("/api/me", JsonNode.class);
        assertThat(official.get("memberships")).singleElement()
                .satisfies(m -> assertThat(m.get("roles").get(0).asText()).isEqualTo("FUNZIONARIO"));
        assertThat(as("mario.rossi").getForObject("/api/me", JsonNode.class).get("memberships")).isEmpty();
    }

    @Test
    void listsOnlyTheOrganisationsWhereTheCallerHoldsTheModulesRole() {
        JsonNode mayor = as("federica.neri").getForObject("/api/me/organisations?form=utenti-servizi-06", JsonNode.class);
        JsonNode official = as("giuseppe.verdi").getForObject("/api/me/organisations?form=utenti-servizi-06",
                JsonNode.class);

        assertThat(mayor).extracting(m -> m.get("name").asText()).containsExactly("Comune di Alba", "Comune di Bra");
        assertThat(official).isEmpty();
        assertThat(as("federica.neri").getForEntity("/api/me/organisations?form=non-esiste", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void refusesToCreateForAnOrganisationWithoutTheModulesRoleThere() {
        long before = jdbc.sql("select count(*) from instance").query(Long.class).single();

        ResponseEntity<JsonNode> official = create("giuseppe.verdi", "004003");
        ResponseEntity<JsonNode> stranger = create("mario.rossi", "004029");

        assertThat(official.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(official.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(official.getBody().get("title").asText()).isEqualTo("Ente non consentito");
        assertThat(official.getBody().get("detail").asText()).isEqualTo(
                "Non risulta legale rappresentante dell'ente 004003: non può compilare il modulo utenti-servizi-06 "
                        + "per suo conto");
        assertThat(official.getBody().get("organisation").asText()).isEqualTo("004003");
        assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jdbc.sql("select count(*) from instance").query(Long.class).single()).isEqualTo(before);
        assertThat(create("federica.neri", "004029").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }
}
