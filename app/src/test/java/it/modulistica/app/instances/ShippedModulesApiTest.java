package it.modulistica.app.instances;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.app.organisations.Organisation;
import it.modulistica.app.organisations.OrganisationDirectory;
import it.modulistica.app.organisations.OrganisationRole;
import it.modulistica.app.security.NewUser;
import it.modulistica.app.security.UserDirectory;
import it.modulistica.engine.window.OpeningWindows;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Monitoraggio 2020 through the API: only the comuni of the 2020 plan may compile it, a locked comune
 * only once unlocked, totals are computed by the server, and the receipt states the processing dates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShippedModulesApiTest {

    private static final String MONITORING = "monitoraggio-2020";

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    UserDirectory users;
    @Autowired
    OrganisationDirectory organisations;
    @Autowired
    OpeningWindows windows;

    private InstancesApi official(String username, String comune, String name) {
        if (!users.exists(username)) {
            users.register(new NewUser(username, "Funzionario " + name, "Paola", "Bianchi", "BNCPLA75A41A124Z",
                    username + "@example.org", List.of()), "demo");
        }
        if (organisations.find(comune).isEmpty()) {
            organisations.register(new Organisation(comune, Organisation.Kind.COMUNE, "Comune di " + name, null, null));
        }
        organisations.grant(username, comune, OrganisationRole.FUNZIONARIO);
        return new InstancesApi(http, username);
    }

    private JsonNode example(String path) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/forms/monitoraggio-2020/examples/" + path)) {
            assertThat(in).as(path).isNotNull();
            return mapper.readTree(in);
        }
    }

    @Test
    void aComuneOutsideThe2020PlanIsRefusedWithAClearMessage() {
        ResponseEntity<JsonNode> refused = official("funzionario.aglie", "001001", "Agliè").create(MONITORING, "001001");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().get("title").asText()).isEqualTo("Modulo riservato ad altri enti");
        assertThat(refused.getBody().get("detail").asText()).contains("Monitoraggio 2020", "001001", "non può compilarlo");
        assertThat(refused.getBody().get("organisation").asText()).isEqualTo("001001");
    }

    @Test
    void theComuniOfferedForTheModuleLeaveOutThoseOutsideThePlan() {
        official("funzionario.aglie", "001001", "Agliè");
        ResponseEntity<JsonNode> offered = http.withBasicAuth("funzionario.aglie", "demo")
                .getForEntity("/api/me/organisations?form=" + MONITORING, JsonNode.class);
        ResponseEntity<JsonNode> verdi = http.withBasicAuth("giuseppe.verdi", "demo")
                .getForEntity("/api/me/organisations?form=" + MONITORING, JsonNode.class);

        assertThat(offered.getBody()).isEmpty();
        assertThat(verdi.getBody()).extracting(node -> node.get("code").asText()).containsExactly("004003");
    }

    @Test
    void aLockedComuneMayCompileOnlyOnceTheRegionUnlocksIt() {
        InstancesApi casale = official("funzionario.casale", "006039", "Casale Monferrato");

        ResponseEntity<JsonNode> locked = casale.create(MONITORING, "006039");
        assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(locked.getBody().get("detail").asText()).contains("bloccata", "sblocco");

        windows.unlock(MONITORING, "006039", null, "Verifica dei servizi non raggiunti conclusa", "admin");

        assertThat(casale.create(MONITORING, "006039").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void theDemoOfficialOfAlbaSendsItWithTotalsComputedByTheServer() throws IOException {
        InstancesApi verdi = new InstancesApi(http, "giuseppe.verdi");
        ResponseEntity<JsonNode> created = verdi.create(MONITORING, "004003");
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = created.getBody().get("id").asText();
        ObjectNode data = (ObjectNode) example("valid/alba-nessun-servizio-cessato-due-interventi.json");
        ((ObjectNode) data.get("risorse")).put("totale", 1);
        ((ObjectNode) data.get("interventi")).put("totaleInterventi", "molti");

        ResponseEntity<JsonNode> saved = verdi.save(id, data, created.getHeaders().getETag());

        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(saved.getBody().at("/data/risorse/totale").decimalValue()).isEqualByComparingTo(new BigDecimal("50100.50"));
        assertThat(saved.getBody().at("/data/interventi/totaleInterventi").decimalValue())
                .isEqualByComparingTo(new BigDecimal("45100.50"));

        assertThat(verdi.act(id, "completa", null, null).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(verdi.act(id, "invia", null, null).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<byte[]> pdf = http.withBasicAuth("giuseppe.verdi", "demo")
                .exchange("/api/instances/" + id + "/pdf", HttpMethod.GET, null, byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        String text = PdfText.of(pdf.getBody());
        assertThat(text).contains("Tempi di lavorazione", "Verifica dei dati da parte della Regione Piemonte",
                "20° giorno lavorativo dall'invio", "50.100,50", "45.100,50");
    }
}
