package it.modulistica.app.security.certificate;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.modulistica.app.security.certificate.TestPki.Issued;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Behind a TLS-terminating proxy: the certificate forwarded in {@code X-SSL-Client-Cert}
 * (URL-encoded PEM, as nginx's {@code $ssl_client_escaped_cert}) signs in only when the request
 * comes from a configured proxy address, and is checked like a certificate of the connection.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProxiedClientCertificateTest {

    private static final String PROXY = "10.1.2.3";
    private static final Issued AUTHORITY = TestPki.authority("Modulistica proxy test CA");

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void proxy(DynamicPropertyRegistry registry) {
        Path directory = TestPki.directory("modulistica-proxy");
        Path trustStore = TestPki.trustStore(directory, "cns-authorities", AUTHORITY.certificate());
        registry.add("modulistica.security.x509.enabled", () -> "true");
        registry.add("modulistica.security.x509.trust-store", () -> trustStore.toUri().toString());
        registry.add("modulistica.security.x509.trust-store-password", () -> new String(TestPki.PASSWORD));
        registry.add("modulistica.security.x509.trusted-proxies", () -> PROXY + ",192.168.50.0/24");
    }

    private static X500Name rossi() {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "IT")
                .addRDN(BCStyle.CN, "ROSSI/MARIO/RSSMRA80A01H501U/7420000000001234.hash")
                .addRDN(BCStyle.SERIALNUMBER, "TINIT-RSSMRA80A01H501U")
                .build();
    }

    private static MockHttpServletRequestBuilder me(Issued client, String from) {
        // As nginx escapes it: every reserved character, spaces and newlines percent-encoded.
        String escaped = URLEncoder.encode(TestPki.pem(client.certificate()), StandardCharsets.UTF_8).replace("+", "%20");
        return get("/api/me").header("X-SSL-Client-Cert", escaped).with(request -> {
            request.setRemoteAddr(from);
            return request;
        });
    }

    @Test
    void theCertificateForwardedByATrustedProxySignsInItsHolder() throws Exception {
        Issued rossi = TestPki.client(AUTHORITY, rossi());

        mvc.perform(me(rossi, PROXY)).andExpect(status().isOk()).andExpect(jsonPath("$.username").value("mario.rossi"));
        mvc.perform(me(rossi, "192.168.50.77")).andExpect(status().isOk());
    }

    @Test
    void theHeaderIsIgnoredFromAnyOtherAddress() throws Exception {
        Issued rossi = TestPki.client(AUTHORITY, rossi());

        mvc.perform(me(rossi, "203.0.113.7")).andExpect(status().isUnauthorized());
        mvc.perform(me(rossi, "127.0.0.1")).andExpect(status().isUnauthorized());
    }

    @Test
    void aForwardedCertificateIsCheckedLikeAnyOther() throws Exception {
        Issued expired = TestPki.client(AUTHORITY, rossi(), Instant.now().minus(Duration.ofDays(60)),
                Instant.now().minus(Duration.ofDays(1)));
        Issued foreign = TestPki.client(TestPki.authority("Another CA"), rossi());

        mvc.perform(me(expired, PROXY)).andExpect(status().isUnauthorized());
        mvc.perform(me(foreign, PROXY)).andExpect(status().isUnauthorized());
    }

    @Test
    void aHeaderWithoutCertificateSignsNobodyIn() throws Exception {
        mvc.perform(get("/api/me").header("X-SSL-Client-Cert", "-----BEGIN%20CERTIFICATE-----%0Agarbage").with(request -> {
            request.setRemoteAddr(PROXY);
            return request;
        })).andExpect(status().isUnauthorized());
    }
}
