package it.modulistica.app.security.certificate;

import it.modulistica.app.security.CitizenAccounts;
import it.modulistica.app.security.CredentialRefused;
import java.security.cert.X509Certificate;
import org.springframework.security.core.userdetails.AuthenticationUserDetailsService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;

/**
 * The account of the holder of a client certificate that Spring Security's X.509 filter found on
 * the request: the certificate must be trusted, and its subject must name one codice fiscale. A
 * person without an account gets a citizen account.
 */
final class CertificateSignIn implements AuthenticationUserDetailsService<PreAuthenticatedAuthenticationToken> {

    private final CertificateTrust trust;
    private final CitizenAccounts citizens;

    CertificateSignIn(CertificateTrust trust, CitizenAccounts citizens) {
        this.trust = trust;
        this.citizens = citizens;
    }

    @Override
    public UserDetails loadUserDetails(PreAuthenticatedAuthenticationToken token) {
        if (!(token.getCredentials() instanceof X509Certificate certificate)) {
            throw new CredentialRefused("no-certificate");
        }
        trust.verify(certificate);
        return citizens.signIn(CnsSubject.read(certificate.getSubjectX500Principal()));
    }
}
