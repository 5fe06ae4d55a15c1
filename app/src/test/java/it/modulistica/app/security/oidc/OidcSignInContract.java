package it.modulistica.app.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.web.util.HtmlUtils;

/**
 * OpenID Connect sign-in (SPID / CIE through a gateway) against a real provider running inside the
 * test: a browser-like client follows the authorization-code flow with cookies, from the sign-in
 * page's link to the provider and back. Each database runs it with a provider of its own.
 */
abstract class OidcSignInContract {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper mapper;

    /** The provider of the concrete test class, which starts it before its context and stops it after. */
    abstract TestIdentityProvider provider();

    static void register(DynamicPropertyRegistry registry, TestIdentityProvider provider) {
        String registration = "spring.security.oauth2.client.registration.gateway.";
        registry.add(registration + "client-id", () -> TestIdentityProvider.CLIENT_ID);
        registry.add(registration + "client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
        registry.add(registration + "client-name", () -> "SPID / CIE gateway");
        registry.add(registration + "scope", () -> "openid,profile,email");
        registry.add("spring.security.oauth2.client.provider.gateway.issuer-uri", provider::issuer);
    }

    /** A browser: keeps cookies, follows redirects one at a time so each step can be seen. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String url) throws IOException, InterruptedException {
            URI target = url.startsWith("http") ? URI.create(url) : URI.create("http://localhost:" + port + url);
            return http.send(HttpRequest.newBuilder(target).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        /** From the sign-in page's link through the provider and back; the last answer of the application. */
        HttpResponse<String> signIn() throws IOException, InterruptedException {
            HttpResponse<String> login = get("/login");
            assertThat(login.body()).contains("Entra con SPID / CIE").contains("href=\"/oauth2/authorization/gateway\"");
            HttpResponse<String> toProvider = get("/oauth2/authorization/gateway");
            assertThat(toProvider.statusCode()).isEqualTo(302);
            HttpResponse<String> backFromProvider = get(location(toProvider));
            assertThat(backFromProvider.statusCode()).isEqualTo(302);
            assertThat(location(backFromProvider)).startsWith("http://localhost:" + port + "/login/oauth2/code/gateway");
            return get(location(backFromProvider));
        }

        private String location(HttpResponse<String> response) {
            return response.headers().firstValue("Location").orElseThrow();
        }
    }

    private List<JsonNode> signIns(String outcome, String where, String value) throws IOException {
        List<JsonNode> details = new ArrayList<>();
        for (String detail : jdbc.sql("SELECT CAST(details AS VARCHAR(4000)) FROM audit_event WHERE event_type = 'SIGN_IN' AND outcome = ? AND "
                + where + " ORDER BY id").params(outcome, value).query(String.class).list()) {
            details.add(mapper.readTree(detail));
        }
        return details;
    }

    @Test
    void theFiscalNumberClaimSignsInTheUserWithThatCodiceFiscale() throws Exception {
        provider().signsInNext(Map.of("fiscalNumber", "TINIT-RSSMRA80A01H501U", "given_name", "Mario",
                "family_name", "Rossi"));
        Browser browser = new Browser();

        HttpResponse<String> landed = browser.signIn();

        assertThat(landed.statusCode()).isEqualTo(302);
        assertThat(landed.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/"));
        HttpResponse<String> me = browser.get("/api/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(mapper.readTree(me.body()).get("username").asText()).isEqualTo("mario.rossi");
        assertThat(browser.get("/").body()).contains("Mario Rossi");
        assertThat(signIns("SUCCESS", "username = ?", "mario.rossi"))
                .anySatisfy(details -> assertThat(details.get("method").asText()).isEqualTo("OIDC"));
    }

    @Test
    void aPersonWithoutAccountGetsACitizenAccountWithTheProvidersNames() throws Exception {
        provider().signsInNext(Map.of("fiscalNumber", "TINIT-VRDLGU90B12D969C", "given_name", "Luigi",
                "family_name", "Verdi", "email", "luigi.verdi@example.org"));
        Browser browser = new Browser();

        browser.signIn();

        JsonNode me = mapper.readTree(browser.get("/api/me").body());
        assertThat(me.get("username").asText()).isEqualTo("VRDLGU90B12D969C");
        assertThat(me.get("codiceFiscale").asText()).isEqualTo("VRDLGU90B12D969C");
        assertThat(me.get("fullName").asText()).isEqualTo("Luigi Verdi");
        assertThat(me.get("email").asText()).isEqualTo("luigi.verdi@example.org");
        assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly("USER");
    }

    @Test
    void anInvalidFiscalNumberIsRefusedWithAClearMessage() throws Exception {
        provider().signsInNext(Map.of("fiscalNumber", "TINIT-RSSMRA80A01H501X", "given_name", "Mario"));
        Browser browser = new Browser();

        HttpResponse<String> landed = browser.signIn();

        assertThat(landed.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
        assertThat(HtmlUtils.htmlUnescape(browser.get("/login?error").body()))
                .contains("Il codice fiscale comunicato dall'identità digitale non è valido");
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
        assertThat(signIns("FAILURE", "CAST(details AS VARCHAR(4000)) LIKE ?", "%fiscal-number-invalid%")).anySatisfy(details -> {
            assertThat(details.get("method").asText()).isEqualTo("OIDC");
            assertThat(details.get("reason").asText()).isEqualTo("CredentialRefused");
        });
    }

    @Test
    void aMissingFiscalNumberIsRefusedWithAClearMessage() throws Exception {
        provider().signsInNext(Map.of("given_name", "Anonimo"));
        Browser browser = new Browser();

        browser.signIn();

        assertThat(HtmlUtils.htmlUnescape(browser.get("/login?error").body()))
                .contains("L'identità digitale non ha comunicato il codice fiscale");
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
    }
}
