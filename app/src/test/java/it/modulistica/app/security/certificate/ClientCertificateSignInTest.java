package it.modulistica.app.security.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.modulistica.app.security.certificate.TestPki.Issued;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.HtmlUtils;

/**
 * Sign-in with a client certificate over real TLS handshakes: the application runs on HTTPS with
 * client authentication "want", a test CA and its certificates made at test time, and an HTTP
 * client presents each certificate.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClientCertificateSignInTest {

    private static final String ROSSI = "RSSMRA80A01H501U";
    private static final String NERI = "NREFRC75C54A124J";
    private static final String NEW_CITIZEN = "BNCLRA85M41L219R";

    private static final Issued AUTHORITY = TestPki.authority("Modulistica test CA");
    private static final Issued OTHER_AUTHORITY = TestPki.authority("Another CA");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper mapper;

    @DynamicPropertySource
    static void https(DynamicPropertyRegistry registry) {
        Path directory = TestPki.directory("modulistica-tls");
        Path keyStore = TestPki.keyStore(directory, "server", TestPki.server(AUTHORITY), AUTHORITY.certificate());
        Path trustStore = TestPki.trustStore(directory, "cns-authorities", AUTHORITY.certificate());
        registry.add("server.ssl.enabled", () -> "true");
        registry.add("server.ssl.key-store", () -> keyStore.toUri().toString());
        registry.add("server.ssl.key-store-type", () -> "PKCS12");
        registry.add("server.ssl.key-store-password", () -> new String(TestPki.PASSWORD));
        registry.add("server.ssl.client-auth", () -> "want");
        registry.add("modulistica.security.x509.enabled", () -> "true");
        registry.add("modulistica.security.x509.trust-store", () -> trustStore.toUri().toString());
        registry.add("modulistica.security.x509.trust-store-password", () -> new String(TestPki.PASSWORD));
    }

    private static X500Name cns(String surname, String name, String codiceFiscale) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "IT")
                .addRDN(BCStyle.O, "Ministero della Salute")
                .addRDN(BCStyle.CN, surname + "/" + name + "/" + codiceFiscale + "/7420000000001234.hpSZt8Jk+cx0nN=")
                .addRDN(BCStyle.SERIALNUMBER, "TINIT-" + codiceFiscale)
                .addRDN(BCStyle.GIVENNAME, name)
                .addRDN(BCStyle.SURNAME, surname)
                .build();
    }

    private HttpResponse<String> get(Issued client, String path) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().sslContext(TestPki.clientContext(client, AUTHORITY.certificate()))
                .connectTimeout(Duration.ofSeconds(10)).build();
        return http.send(HttpRequest.newBuilder(URI.create("https://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The details of the sign-ins with this outcome whose username contains {@code name}. */
    private List<JsonNode> signIns(String outcome, String name) throws IOException {
        List<String> details = jdbc.sql("SELECT details FROM audit_event WHERE event_type = 'SIGN_IN' AND outcome = ?"
                + " AND username LIKE ? ORDER BY id").params(outcome, "%" + name + "%").query(String.class).list();
        List<JsonNode> parsed = new ArrayList<>();
        for (String detail : details) {
            parsed.add(mapper.readTree(detail));
        }
        return parsed;
    }

    private List<JsonNode> refusals(String subjectPart) throws IOException {
        return signIns("FAILURE", subjectPart);
    }

    @Test
    void aValidCnsSignsInItsHolderFoundByCodiceFiscale() throws Exception {
        HttpResponse<String> me = get(TestPki.client(AUTHORITY, cns("ROSSI", "MARIO", ROSSI)), "/api/me");

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(mapper.readTree(me.body()).get("username").asText()).isEqualTo("mario.rossi");
        assertThat(signIns("SUCCESS", "mario.rossi")).anySatisfy(details ->
                assertThat(details.get("method").asText()).isEqualTo("CNS"));
    }

    @Test
    void aWriteAuthenticatedByTheCertificateAloneNeedsTheCsrfToken() throws Exception {
        HttpClient http = HttpClient.newBuilder().sslContext(TestPki.clientContext(
                TestPki.client(AUTHORITY, cns("ROSSI", "MARIO", ROSSI)), AUTHORITY.certificate())).build();

        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("https://localhost:" + port
                        + "/api/instances")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"form\": \"utenti-servizi-06\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(created.statusCode()).isEqualTo(403);
    }

    @Test
    void aValidCnsOpensThePagesToo() throws Exception {
        HttpResponse<String> home = get(TestPki.client(AUTHORITY, cns("NERI", "FEDERICA", NERI)), "/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Federica Neri");
    }

    @Test
    void aValidCnsOfSomeoneWithoutAccountGetsACitizenAccount() throws Exception {
        HttpResponse<String> me = get(TestPki.client(AUTHORITY, cns("BIANCHI", "LAURA", NEW_CITIZEN)), "/api/me");

        assertThat(me.statusCode()).isEqualTo(200);
        JsonNode user = mapper.readTree(me.body());
        assertThat(user.get("username").asText()).isEqualTo(NEW_CITIZEN);
        assertThat(user.get("codiceFiscale").asText()).isEqualTo(NEW_CITIZEN);
        assertThat(user.get("firstName").asText()).isEqualTo("LAURA");
        assertThat(user.get("lastName").asText()).isEqualTo("BIANCHI");
        assertThat(user.get("roles")).extracting(JsonNode::asText).containsExactly("USER");
    }

    @Test
    void anExpiredCertificateIsRefusedAndRecorded() throws Exception {
        Issued expired = TestPki.client(AUTHORITY, cns("VERDI", "GIUSEPPE", "VRDGPP70A01A124J"),
                Instant.now().minus(Duration.ofDays(400)), Instant.now().minus(Duration.ofDays(35)));

        assertThat(get(expired, "/api/me").statusCode()).isEqualTo(401);
        assertThat(HtmlUtils.htmlUnescape(get(expired, "/login").body()))
                .contains("Il certificato presentato dal browser non è stato accettato: è scaduto.");
        assertThat(refusals("VRDGPP70A01A124J")).anySatisfy(details -> {
            assertThat(details.get("method").asText()).isEqualTo("CNS");
            assertThat(details.get("detail").asText()).isEqualTo("expired");
        });
    }

    @Test
    void aCertificateOfAnotherAuthorityIsRefusedAndRecorded() throws Exception {
        Issued foreign = TestPki.client(OTHER_AUTHORITY, new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, "ROSSI/MARIO/" + ROSSI + "/99999").addRDN(BCStyle.O, "Another").build());

        HttpResponse<String> me = get(foreign, "/api/me");

        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(HtmlUtils.htmlUnescape(get(foreign, "/login").body()))
                .contains("non è stato emesso da un'autorità riconosciuta per la CNS.");
        assertThat(refusals("99999")).anySatisfy(details -> {
            assertThat(details.get("method").asText()).isEqualTo("CNS");
            assertThat(details.get("detail").asText()).isEqualTo("untrusted");
        });
    }

    @Test
    void aSubjectCraftedToSmuggleAnotherCodiceFiscaleIsRefused() throws Exception {
        X500Name twoCodes = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, "NERI/FEDERICA/" + NERI + "/55555")
                .addRDN(BCStyle.SERIALNUMBER, "TINIT-" + ROSSI)
                .build();
        X500Name multiValued = new X500NameBuilder(BCStyle.INSTANCE)
                .addMultiValuedRDN(new ASN1ObjectIdentifier[] {BCStyle.CN, BCStyle.SERIALNUMBER},
                        new String[] {"Mallory 66666", "TINIT-" + ROSSI})
                .build();

        assertThat(get(TestPki.client(AUTHORITY, twoCodes), "/api/me").statusCode()).isEqualTo(401);
        assertThat(get(TestPki.client(AUTHORITY, multiValued), "/api/me").statusCode()).isEqualTo(401);
        assertThat(refusals("55555")).anySatisfy(details -> assertThat(details.get("detail").asText())
                .isEqualTo("subject-ambiguous"));
        assertThat(refusals("66666")).anySatisfy(details -> assertThat(details.get("detail").asText())
                .isEqualTo("subject-multivalued-rdn"));
    }

    @Test
    void withoutCertificateTheConnectionWorksAndAsksForCredentials() throws Exception {
        assertThat(get(null, "/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get(null, "/api/me").statusCode()).isEqualTo(401);
        assertThat(get(null, "/login").body()).contains("Carta Nazionale dei Servizi (CNS)");
    }
}
