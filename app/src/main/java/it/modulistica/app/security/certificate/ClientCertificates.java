package it.modulistica.app.security.certificate;

import it.modulistica.app.security.CitizenAccounts;
import java.time.Clock;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationProvider;
import org.springframework.security.web.authentication.preauth.x509.X509AuthenticationFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Sign-in with a client certificate, when {@code modulistica.security.x509.enabled}: Spring
 * Security's X.509 filter on the filter chains, fed by the HTTPS connector (client authentication
 * "want") or by a trusted proxy's header, and the connector's handshake left to the application.
 */
@Component
public class ClientCertificates implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    /** The request attribute holding why the certificate presented with the request was refused. */
    public static final String REFUSAL_ATTRIBUTE = "it.modulistica.app.security.certificate.ClientCertificates.REFUSAL";

    private final CertificateSettings settings;
    private final CertificateSignIn signIn;
    private final ServerProperties server;

    ClientCertificates(CertificateSettings settings, CitizenAccounts citizens, Clock clock, ServerProperties server) {
        this.settings = settings;
        this.server = server;
        this.signIn = settings.enabled() ? new CertificateSignIn(CertificateTrust.of(settings, clock), citizens) : null;
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /**
     * Adds certificate sign-in to a filter chain when enabled; the signed-in user is kept in
     * {@code repository} (the session on pages, the request alone in the API).
     */
    public void applyTo(HttpSecurity http, AuthenticationEventPublisher events, SecurityContextRepository repository) {
        if (!settings.enabled()) {
            return;
        }
        PreAuthenticatedAuthenticationProvider provider = new PreAuthenticatedAuthenticationProvider();
        provider.setPreAuthenticatedUserDetailsService(signIn);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        X509AuthenticationFilter filter = new X509AuthenticationFilter();
        // Until the certificate is checked its subject names it, in the audit log of a refusal too.
        filter.setPrincipalExtractor(certificate -> CnsSubject.readable(certificate.getSubjectX500Principal()));
        filter.setAuthenticationManager(manager);
        // The request goes on without a user; the sign-in page it may reach tells why.
        filter.setAuthenticationFailureHandler((request, response, refusal) -> request.setAttribute(REFUSAL_ATTRIBUTE, refusal));
        filter.setSecurityContextRepository(repository);
        // As a form sign-in does: a session that existed before the sign-in gets a new id.
        filter.setAuthenticationSuccessHandler((request, response, authentication) -> {
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
        });
        http.addFilterAt(filter, X509AuthenticationFilter.class);
        if (!settings.trustedProxies().isEmpty()) {
            http.addFilterBefore(new ProxiedClientCertificate(settings.proxyHeader(), settings.trustedProxies()),
                    X509AuthenticationFilter.class);
        }
    }

    /** On an HTTPS connector that asks for client certificates, the application decides which it trusts. */
    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        Ssl ssl = server.getSsl();
        if (!settings.enabled() || ssl == null || !ssl.isEnabled() || ssl.getClientAuth() == null
                || ssl.getClientAuth() == Ssl.ClientAuth.NONE) {
            return;
        }
        factory.addConnectorCustomizers(connector -> {
            for (SSLHostConfig host : connector.findSslHostConfigs()) {
                host.setTrustManagerClassName(ClientCertificateHandshake.class.getName());
            }
        });
    }
}
