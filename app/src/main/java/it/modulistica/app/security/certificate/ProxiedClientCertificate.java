package it.modulistica.app.security.certificate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Behind a TLS-terminating proxy that verified the client certificate: takes the certificate from
 * the proxy's header (URL-encoded PEM) and hands it to the X.509 filter as if the connection had
 * carried it, but only on connections from the configured proxy addresses. From anywhere else the
 * header is ignored, since anyone can send it. The certificate is then checked like any other.
 */
final class ProxiedClientCertificate extends OncePerRequestFilter {

    static final String CERTIFICATE_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";

    private static final Logger log = LoggerFactory.getLogger(ProxiedClientCertificate.class);

    private final String header;
    private final List<IpAddressMatcher> proxies;

    ProxiedClientCertificate(String header, List<String> proxies) {
        this.header = header;
        this.proxies = proxies.stream().map(IpAddressMatcher::new).toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String forwarded = request.getHeader(header);
        if (forwarded != null && !forwarded.isBlank()) {
            if (fromProxy(request.getRemoteAddr())) {
                X509Certificate certificate = parse(forwarded);
                if (certificate != null) {
                    request.setAttribute(CERTIFICATE_ATTRIBUTE, new X509Certificate[] {certificate});
                }
            } else {
                log.warn("Header {} ignored: sent from {}, which is not a trusted proxy", header, request.getRemoteAddr());
            }
        }
        chain.doFilter(request, response);
    }

    private boolean fromProxy(String address) {
        return proxies.stream().anyMatch(proxy -> proxy.matches(address));
    }

    private X509Certificate parse(String forwarded) {
        // Percent-decoding only: a '+' of the Base64 body stays a '+' even if the proxy left it unescaped.
        String pem = URLDecoder.decode(forwarded.replace("+", "%2B"), StandardCharsets.UTF_8);
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException | ClassCastException e) {
            log.warn("Header {} from the proxy holds no readable certificate: {}", header, e.getMessage());
            return null;
        }
    }
}
