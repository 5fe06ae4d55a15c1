package it.modulistica.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The API describes itself with OpenAPI, readable without signing in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void describesTheApiWithBasicAuthentication() {
        ResponseEntity<JsonNode> response = http.getForEntity("/api/openapi", JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode api = response.getBody();
        assertThat(api.get("openapi").asText()).startsWith("3.");
        assertThat(api.at("/info/title").asText()).isEqualTo("Modulistica API");
        assertThat(api.get("paths").has("/api/forms")).isTrue();
        assertThat(api.get("paths").has("/api/forms/{code}/validate")).isTrue();
        assertThat(api.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
    }

    @Test
    void theBrowsableDocumentationIsServed() {
        ResponseEntity<String> response = http.getForEntity("/api-docs", String.class);

        assertThat(response.getStatusCode().is3xxRedirection() || response.getStatusCode().is2xxSuccessful()).isTrue();
    }
}
