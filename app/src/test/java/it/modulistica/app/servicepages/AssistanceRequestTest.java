package it.modulistica.app.servicepages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.attachment.SampleFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The shipped module "Richiesta di assistenza" end to end through the API: a citizen compiles it
 * with a screenshot attached and sends it on the simple workflow (numbered); the operators of the
 * service chosen (Servizi educativi) find it in their back office, those of the module's own
 * category, Assistenza, cannot see it (see {@link RoutedAssistanceContract} for the rest).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class AssistanceRequestTest {

    static final String MODULE = "richiesta-assistenza";
    static final byte[] PNG = SampleFiles.png(1, 1);

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper mapper;

    @Autowired
    JdbcClient jdbc;

    ResponseEntity<JsonNode> json(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, user.equals("anna.assistenza") ? "una-password-lunga" : "demo")
                .exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    @Test
    void aCitizenAsksForAssistanceWithAScreenshotAndTheAssistanceOperatorsProcessIt() throws Exception {
        json("admin", HttpMethod.POST, "/api/admin/users", Map.of("username", "anna.assistenza",
                "fullName", "Anna Assistenza", "password", "una-password-lunga"));
        json("admin", HttpMethod.POST, "/api/admin/users/anna.assistenza/roles",
                Map.of("role", "OPERATOR", "scopeType", "CATEGORY", "scopeValue", "assistenza"));

        ResponseEntity<JsonNode> created = json("mario.rossi", HttpMethod.POST, "/api/instances", Map.of("form", MODULE));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = created.getBody().get("id").asText();
        ObjectNode data = (ObjectNode) mapper.readTree(Files.readString(
                Path.of("../forms/" + MODULE + "/examples/valid/disabilitazione-utente-servizi-06.json")));
        String email = "mario.rossi@example.org";
        data.with("richiedente").put("nome", "Mario").put("cognome", "Rossi").put("email", email);
        ResponseEntity<JsonNode> saved = json("mario.rossi", HttpMethod.PUT, "/api/instances/" + id + "/data", data);
        assertThat(saved.getStatusCode()).as("%s", saved.getBody()).isEqualTo(HttpStatus.OK);

        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders fileHeaders = new HttpHeaders();
        fileHeaders.setContentType(MediaType.IMAGE_PNG);
        parts.add("file", new HttpEntity<>(new ByteArrayResource(PNG) {
            @Override
            public String getFilename() {
                return "schermata.png";
            }
        }, fileHeaders));
        HttpHeaders multipart = new HttpHeaders();
        multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<JsonNode> uploaded = http.withBasicAuth("mario.rossi", "demo").exchange(
                "/api/instances/" + id + "/files?field=/richiesta/allegati", HttpMethod.POST,
                new HttpEntity<>(parts, multipart), JsonNode.class);
        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<JsonNode> sent = json("mario.rossi", HttpMethod.POST, "/api/instances/" + id + "/actions/invia",
                Map.of());
        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode instance = json("mario.rossi", HttpMethod.GET, "/api/instances/" + id, null).getBody();
        assertThat(instance.at("/state/code").asText()).isEqualTo("INVIATA");
        assertThat(instance.get("number").asText()).matches("ASSISTENZA_\\d{4}\\.\\d{6}");
        assertThat(instance.at("/data/richiesta/allegati/0/name").asText()).isEqualTo("schermata.png");

        // Routed by the service chosen (x-module.routing): Servizi educativi's operators receive it.
        JsonNode forms = json("operatore", HttpMethod.GET, "/api/backoffice/forms", null).getBody();
        assertThat(StreamSupport.stream(forms.spliterator(), false).map(form -> form.get("code").asText()))
                .contains(MODULE);
        JsonNode listed = json("operatore", HttpMethod.GET,
                "/api/backoffice/instances?form=" + MODULE + "&tab=concluse&q=servizi-educativi", null).getBody();
        assertThat(StreamSupport.stream(listed.get("items").spliterator(), false)
                .map(item -> item.get("number").asText())).contains(instance.get("number").asText());
        assertThat(json("operatore", HttpMethod.GET, "/api/instances/" + id, null).getBody()
                .at("/data/richiesta/oggetto").asText()).isEqualTo("Disabilitazione di un utente");
        assertThat(json("anna.assistenza", HttpMethod.GET, "/api/instances/" + id, null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anIncompleteRequestIsRefusedWithEveryMissingField() throws Exception {
        String id = json("mario.rossi", HttpMethod.POST, "/api/instances", Map.of("form", MODULE)).getBody()
                .get("id").asText();
        json("mario.rossi", HttpMethod.PUT, "/api/instances/" + id + "/data",
                mapper.readTree("{\"richiesta\": {\"categoria\": \"caccia-e-pesca\"}}"));
        ResponseEntity<JsonNode> refused = json("mario.rossi", HttpMethod.POST, "/api/instances/" + id + "/actions/invia",
                Map.of());
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(StreamSupport.stream(refused.getBody().get("errors").spliterator(), false)
                .map(error -> error.get("pointer").asText()))
                .contains("/richiesta/categoria", "/richiesta/oggetto", "/richiesta/descrizione");
    }
}
