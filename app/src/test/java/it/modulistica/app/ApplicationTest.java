package it.modulistica.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The running application over real HTTP: health, and the API's authentication. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void healthIsUpForAnonymousCallersWithoutDetails() {
        ResponseEntity<JsonNode> response = http.getForEntity("/actuator/health", JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("status").asText()).isEqualTo("UP");
        assertThat(response.getBody().has("components")).isFalse();
    }

    @Test
    void apiWithoutCredentialsAnswers401ProblemWithoutBrowserChallenge() {
        ResponseEntity<JsonNode> response = http.getForEntity("/api/me", JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)).isFalse();
        assertThat(response.getBody().get("status").asInt()).isEqualTo(401);
        assertThat(response.getBody().get("title").asText()).isEqualTo("Autenticazione richiesta");
        assertThat(response.getBody().get("instance").asText()).isEqualTo("/api/me");
    }

    @Test
    void apiWithWrongPasswordAnswers401Problem() {
        ResponseEntity<JsonNode> response = http.withBasicAuth("mario.rossi", "sbagliata").getForEntity("/api/me", JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("detail").asText()).contains("Credenziali");
    }

    @Test
    void apiWithDemoCredentialsTellsWhoIsSignedIn() {
        ResponseEntity<JsonNode> response = http.withBasicAuth("mario.rossi", "demo").getForEntity("/api/me", JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode me = response.getBody();
        assertThat(me.get("username").asText()).isEqualTo("mario.rossi");
        assertThat(me.get("fullName").asText()).isEqualTo("Mario Rossi");
        assertThat(me.get("codiceFiscale").asText()).isEqualTo("RSSMRA80A01H501U");
        assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly("USER");
    }

    @Test
    void apiIsStatelessAndSetsNoSessionCookie() {
        ResponseEntity<String> response = http.withBasicAuth("admin", "demo").getForEntity("/api/me", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().containsKey(HttpHeaders.SET_COOKIE)).isFalse();
    }

    @Test
    void operatorSeesRoleAndScope() {
        JsonNode me = http.withBasicAuth("operatore", "demo").getForObject("/api/me", JsonNode.class);

        assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactlyInAnyOrder("USER", "OPERATOR");
        assertThat(me.get("operatorScopes").get(0).get("type").asText()).isEqualTo("CATEGORY");
        assertThat(me.get("operatorScopes").get(0).get("value").asText()).isEqualTo("servizi-educativi");
    }
}
