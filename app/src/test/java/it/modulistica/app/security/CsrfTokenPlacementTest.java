package it.modulistica.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The CSRF token of the pages travels in the form's hidden field, never in an address: not in a
 * form's action, not in the address a post lands on. A multipart post over the upload caps, whose
 * fields the container cannot read, is answered with the page (and its "too large" message) only
 * when the browser says it comes from our own pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.servlet.multipart.max-file-size=64KB", "spring.servlet.multipart.max-request-size=80KB"})
class CsrfTokenPlacementTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String BOUNDARY = "----modulistica-test-boundary";

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper mapper;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private String draft;

    @BeforeEach
    void signedInWithADraft() throws Exception {
        String basic = Base64.getEncoder().encodeToString("federica.neri:demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/instances"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"form\": \"utenti-servizi-06\", \"organisation\": \"004003\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        draft = mapper.readTree(created.body()).get("id").asText();
        String token = token(get("/login").body());
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=federica.neri&password=demo&_csrf="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String page) {
        Matcher matcher = TOKEN.matcher(page);
        assertThat(matcher.find()).as("a CSRF field in the page").isTrue();
        return matcher.group(1);
    }

    private static byte[] multipart(Map<String, String> fields, int fileBytes) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (fileBytes > 0) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"/allegato\"; filename=\"a.pdf\""
                    + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(new byte[fileBytes]);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private HttpResponse<String> postStep(byte[] body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/istanze/" + draft + "/passo/1"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void formsCarryTheTokenInAHiddenFieldOnlyAndPostsLandOnCleanAddresses() throws Exception {
        String page = get("/istanze/" + draft + "/passo/1").body();
        assertThat(page).doesNotContain("_csrf=").contains("action=\"/istanze/" + draft + "/passo/1\"");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", token(page));
        fields.put("_move", "draft");

        HttpResponse<String> saved = postStep(multipart(fields, 0), Map.of());

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location")).get().asString()
                .endsWith("/istanze/" + draft + "/passo/1?saved").doesNotContain("_csrf");
    }

    @Test
    void anOversizedUploadFromOurOwnPagesGetsThePageBack() throws Exception {
        String token = token(get("/istanze/" + draft + "/passo/1").body());

        HttpResponse<String> answer = postStep(multipart(Map.of("_csrf", token, "_move", "next"), 200_000),
                Map.of("Sec-Fetch-Site", "same-origin"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("action=\"/istanze/" + draft + "/passo/1\"");
    }

    @Test
    void anOversizedUploadFromElsewhereIsRefused() throws Exception {
        byte[] body = multipart(Map.of("_move", "next"), 200_000);

        assertThat(postStep(body, Map.of("Sec-Fetch-Site", "cross-site")).statusCode()).isEqualTo(403);
        assertThat(postStep(body, Map.of("Origin", "http://evil.example")).statusCode()).isEqualTo(403);
        assertThat(postStep(body, Map.of()).statusCode()).isEqualTo(403);
    }

    @Test
    void aReadablePostWithoutTheTokenIsRefusedEvenFromOurOwnPages() throws Exception {
        HttpResponse<String> answer = postStep(multipart(Map.of("_move", "draft"), 10),
                Map.of("Sec-Fetch-Site", "same-origin"));

        assertThat(answer.statusCode()).isEqualTo(403);
    }
}
