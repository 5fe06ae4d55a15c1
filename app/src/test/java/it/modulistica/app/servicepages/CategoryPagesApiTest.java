package it.modulistica.app.servicepages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The categories' public content through the API: read by anyone without signing in, replaced
 * whole by an admin with every wrong member reported at once (422, nothing written), refused to a
 * user who is not an admin (403), to credentials that do not sign in (401) and to a write without
 * any (403, no CSRF token); hostile Markdown is kept as written and
 * rendered as text, in the API and on the public page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CategoryPagesApiTest {

    static final String HOSTILE = "<script>alert('x')</script>\n\n[Apri](javascript:alert(1)) **Orari** <img src=x onerror=alert(2)>";

    @Autowired
    TestRestTemplate http;

    String code;

    @BeforeEach
    void category() {
        code = "prova-" + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<JsonNode> created = send("admin", HttpMethod.POST, "/api/admin/categories",
                Map.of("code", code, "name", "Prova " + code, "icon", "it-pa", "colour", "primary"));
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void anyoneReadsTheCategoriesPublicContentWithoutSigningIn() {
        ResponseEntity<JsonNode> all = http.getForEntity("/api/categories", JsonNode.class);
        assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode education = StreamSupport.stream(all.getBody().spliterator(), false)
                .filter(category -> category.get("code").asText().equals("servizi-educativi")).findFirst().orElseThrow();
        assertThat(education.get("name").asText()).isEqualTo("Servizi educativi");
        assertThat(education.get("access")).isNotEmpty();
        assertThat(education.get("contacts")).isNotEmpty();
        assertThat(education.get("descriptionHtml").asText()).startsWith("<");

        ResponseEntity<JsonNode> one = http.getForEntity("/api/categories/servizi-educativi", JsonNode.class);
        assertThat(one.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(one.getBody()).isEqualTo(education);
        ResponseEntity<JsonNode> missing = http.getForEntity("/api/categories/non-esiste", JsonNode.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getHeaders().getContentType().toString()).contains("problem+json");
    }

    @Test
    void anAdminReplacesThePageAndHostileMarkdownIsKeptButPrintedAsText() {
        ResponseEntity<JsonNode> replaced = send("admin", HttpMethod.PUT, "/api/admin/categories/" + code + "/page",
                page(HOSTILE));
        assertThat(replaced.getStatusCode()).as("%s", replaced.getBody()).isEqualTo(HttpStatus.OK);

        JsonNode read = http.getForEntity("/api/categories/" + code, JsonNode.class).getBody();
        assertThat(read.get("audience").asText()).isEqualTo("Comuni");
        assertThat(read.get("description").asText()).isEqualTo(HOSTILE);
        String html = read.get("descriptionHtml").asText();
        assertThat(html).contains("&lt;script&gt;alert(", "&lt;img src=x onerror=alert(2)&gt;", "<strong>Orari</strong>")
                .doesNotContain("<script", "<img", "javascript:");
        assertThat(read.get("descriptionEn").asText()).isEqualTo("For the municipalities");
        assertThat(read.at("/access/0/label").asText()).isEqualTo("Accedi al modulo");
        assertThat(read.at("/access/0/form").asText()).isEqualTo("voucher-scuola");
        assertThat(read.at("/access/1/url").asText()).isEqualTo("https://servizi.example.org/");
        assertThat(read.at("/access/1/signIn").toString()).isEqualTo("[\"CNS\",\"SPID\"]");
        assertThat(read.at("/contacts/0/address").asText()).isEqualTo("011 4321000");
        assertThat(read.at("/contacts/0/hours").asText()).isEqualTo("lunedì–venerdì 9:00–13:00");
        assertThat(read.at("/contacts/1/kind").asText()).isEqualTo("EMAIL");
        assertThat(read.at("/documents/0/url").asText()).isEqualTo("https://servizi.example.org/manuale.pdf");

        String page = http.getForEntity("/servizi/" + code, String.class).getBody();
        assertThat(page).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(", "javascript:alert");

        // Replaced again: what is not sent any more is gone, in the order sent.
        Map<String, Object> shorter = page("Testo nuovo");
        shorter.put("access", List.of());
        shorter.put("contacts", List.of(((List<?>) shorter.get("contacts")).get(1)));
        assertThat(send("admin", HttpMethod.PUT, "/api/admin/categories/" + code + "/page", shorter)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode after = http.getForEntity("/api/categories/" + code, JsonNode.class).getBody();
        assertThat(after.get("access")).isEmpty();
        assertThat(after.get("contacts")).hasSize(1);
        assertThat(after.at("/contacts/0/kind").asText()).isEqualTo("EMAIL");
    }

    @Test
    void badMembersAreAllReportedAndNothingIsWritten() {
        send("admin", HttpMethod.PUT, "/api/admin/categories/" + code + "/page", page("Prima"));
        Map<String, Object> bad = page("Dopo");
        bad.put("audience", "x".repeat(201));
        bad.put("access", List.of(Map.of("label", "Doppio", "form", "voucher-scuola", "url", "https://a.example.org/",
                "signIn", List.of("SPID")), Map.of("label", "Ignoto", "form", "non-esiste", "signIn", List.of("PIN"))));
        bad.put("contacts", List.of(Map.of("kind", "PHONE", "label", "Telefono", "address", "chiamare")));
        bad.put("documents", List.of(Map.of("id", 999999999, "title", "Manuale")));

        ResponseEntity<JsonNode> refused = send("admin", HttpMethod.PUT, "/api/admin/categories/" + code + "/page", bad);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getHeaders().getContentType().toString()).contains("problem+json");
        List<String> errors = new ArrayList<>();
        refused.getBody().get("errors").forEach(error -> {
            errors.add(error.get("pointer").asText() + " " + error.get("code").asText());
            assertThat(error.get("message").asText()).isNotBlank();
        });
        assertThat(errors).contains("/audience tooLong", "/access/0/form accessTarget", "/access/1/form unknownModule",
                "/access/1/signIn enum", "/contacts/0/address phone", "/documents/0/id unknownDocument");
        Map<String, Object> missing = new HashMap<>(page("Dopo"));
        missing.remove("documents");
        assertThat(send("admin", HttpMethod.PUT, "/api/admin/categories/" + code + "/page", missing).getBody()
                .get("errors").toString()).contains("/documents", "required");

        JsonNode unchanged = http.getForEntity("/api/categories/" + code, JsonNode.class).getBody();
        assertThat(unchanged.get("description").asText()).isEqualTo("Prima");
        assertThat(unchanged.get("access")).hasSize(2);
        assertThat(send("admin", HttpMethod.PUT, "/api/admin/categories/non-esiste/page", page("x"))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aUserWhoIsNotAnAdminCannotWriteAPage() {
        send("admin", HttpMethod.PUT, "/api/admin/categories/" + code + "/page", page("Originale"));

        assertThat(send("mario.rossi", HttpMethod.PUT, "/api/admin/categories/" + code + "/page", page("Sfregio"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(send("operatore", HttpMethod.PUT, "/api/admin/categories/" + code + "/page", page("Sfregio"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // Credentials that do not sign in: 401; none at all: refused before it is read (no CSRF token), 403.
        assertThat(send("nessuno", HttpMethod.PUT, "/api/admin/categories/" + code + "/page", page("Sfregio"))
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.exchange("/api/admin/categories/" + code + "/page", HttpMethod.PUT,
                new HttpEntity<>(page("Sfregio"), headers), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(http.getForEntity("/api/categories/" + code, JsonNode.class).getBody().get("description").asText())
                .isEqualTo("Originale");
    }

    private static Map<String, Object> page(String description) {
        Map<String, Object> page = new HashMap<>();
        page.put("audience", "Comuni");
        page.put("description", description);
        page.put("descriptionEn", "For the municipalities");
        page.put("access", List.of(
                Map.of("label", "Accedi al modulo", "form", "voucher-scuola", "signIn", List.of("PASSWORD")),
                Map.of("label", "Accedi al servizio", "url", "https://servizi.example.org/", "signIn",
                        List.of("CNS", "SPID"), "note", "Autenticazione RUPAR Livello 1")));
        page.put("contacts", List.of(
                Map.of("kind", "PHONE", "label", "Assistenza tecnica", "address", "011 4321000",
                        "hours", "lunedì–venerdì 9:00–13:00"),
                Map.of("kind", "EMAIL", "label", "Scrivere a", "labelEn", "Write to",
                        "address", "assistenza@example.org")));
        page.put("documents", List.of(Map.of("title", "Manuale", "url", "https://servizi.example.org/manuale.pdf")));
        return page;
    }

    private ResponseEntity<JsonNode> send(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
