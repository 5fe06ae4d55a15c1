package it.modulistica.app.security.certificate;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Settings under {@code modulistica.security.x509.*}: sign-in with a client certificate.
 *
 * @param enabled off by default; when on, {@code trustStore} is required
 * @param trustStore the certificates of the certification authorities whose certificates are
 *     accepted (for CNS, the issuing CAs of the "certificatori"), e.g. {@code file:/etc/modulistica/cns.p12}
 * @param trustStorePassword the trust store's password; may be empty
 * @param trustStoreType {@code PKCS12} unless told
 * @param revocationCheck whether the JDK checks revocation (OCSP, CRL distribution points), which
 *     needs the network to reach the authorities
 * @param proxyHeader the request header where a TLS-terminating proxy forwards the client
 *     certificate, URL-encoded PEM (nginx {@code $ssl_client_escaped_cert})
 * @param trustedProxies the addresses (IP or CIDR) of those proxies: the header is read only on
 *     connections from them, and ignored otherwise; empty: never read
 */
@ConfigurationProperties("modulistica.security.x509")
public record CertificateSettings(boolean enabled, Resource trustStore, @DefaultValue("") String trustStorePassword,
        @DefaultValue("PKCS12") String trustStoreType, boolean revocationCheck,
        @DefaultValue("X-SSL-Client-Cert") String proxyHeader, @DefaultValue List<String> trustedProxies) {
}
