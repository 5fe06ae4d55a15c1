package it.modulistica.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Every response carries the security headers; pages, API answers and PDFs are never cached. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTest {

    @Autowired
    TestRestTemplate http;

    private static void assertProtected(HttpHeaders headers) {
        assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo(SecurityHeaders.POLICY)
                .doesNotContain("unsafe-inline").contains("frame-ancestors 'none'");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(headers.getCacheControl()).contains("no-store");
    }

    @Test
    void aPageCarriesTheHeaders() {
        ResponseEntity<String> page = http.withBasicAuth("federica.neri", "demo").getForEntity("/login", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertProtected(page.getHeaders());
    }

    @Test
    void anApiAnswerCarriesTheHeaders() {
        ResponseEntity<JsonNode> me = http.withBasicAuth("federica.neri", "demo").getForEntity("/api/me", JsonNode.class);

        assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertProtected(me.getHeaders());
    }

    @Test
    void anInstanceAndItsPdfDownloadCarryTheHeaders() {
        TestRestTemplate owner = http.withBasicAuth("federica.neri", "demo");
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> created = owner.postForEntity("/api/instances",
                new HttpEntity<>("{\"form\": \"utenti-servizi-06\", \"organisation\": \"004003\"}", json),
                JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<JsonNode> instance = owner.getForEntity(created.getHeaders().getLocation(), JsonNode.class);
        ResponseEntity<byte[]> pdf = owner.getForEntity(created.getHeaders().getLocation() + "/pdf", byte[].class);

        assertThat(instance.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertProtected(instance.getHeaders());

        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertProtected(pdf.getHeaders());
    }

    @Test
    void theApiDocumentationUiAloneMayApplyInlineStylesButRunsNoInlineScript() {
        ResponseEntity<String> ui = http.getForEntity("/swagger-ui/index.html", String.class);

        assertThat(ui.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ui.getHeaders().getFirst("Content-Security-Policy")).isEqualTo(SecurityHeaders.API_DOCS_POLICY)
                .contains("style-src 'self' 'unsafe-inline'").contains("script-src 'self';");
    }
}
