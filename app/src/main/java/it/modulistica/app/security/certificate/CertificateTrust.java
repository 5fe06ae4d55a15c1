package it.modulistica.app.security.certificate;

import it.modulistica.app.security.CredentialRefused;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a client certificate is trusted: in its validity period now, issued (PKIX path)
 * by an authority of the trust store, and meant for client authentication when it says what it is
 * meant for.
 */
final class CertificateTrust {

    private static final String CLIENT_AUTHENTICATION = "1.3.6.1.5.5.7.3.2";
    private static final String ANY_EXTENDED_KEY_USAGE = "2.5.29.37.0";

    private final Set<TrustAnchor> anchors;
    private final boolean revocationCheck;
    private final Clock clock;

    CertificateTrust(Set<TrustAnchor> anchors, boolean revocationCheck, Clock clock) {
        if (anchors.isEmpty()) {
            throw new IllegalArgumentException("The client certificate trust store holds no certificate");
        }
        this.anchors = Set.copyOf(anchors);
        this.revocationCheck = revocationCheck;
        this.clock = clock;
    }

    /** The trust store's certificates as anchors; a missing or unreadable store stops the start-up. */
    static CertificateTrust of(CertificateSettings settings, Clock clock) {
        if (settings.trustStore() == null) {
            throw new IllegalStateException("modulistica.security.x509.enabled is true but "
                    + "modulistica.security.x509.trust-store is not set");
        }
        try (InputStream in = settings.trustStore().getInputStream()) {
            KeyStore store = KeyStore.getInstance(settings.trustStoreType());
            store.load(in, settings.trustStorePassword().toCharArray());
            Set<TrustAnchor> anchors = new HashSet<>();
            for (String alias : Collections.list(store.aliases())) {
                Certificate certificate = store.getCertificate(alias);
                if (certificate instanceof X509Certificate x509) {
                    anchors.add(new TrustAnchor(x509, null));
                }
            }
            return new CertificateTrust(anchors, settings.revocationCheck(), clock);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Client certificate trust store " + settings.trustStore()
                    + " cannot be read", e);
        }
    }

    void verify(X509Certificate certificate) {
        Date now = Date.from(clock.instant());
        try {
            certificate.checkValidity(now);
        } catch (CertificateExpiredException e) {
            throw new CredentialRefused("expired", e);
        } catch (CertificateNotYetValidException e) {
            throw new CredentialRefused("not-yet-valid", e);
        }
        try {
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(revocationCheck);
            parameters.setDate(now);
            CertPathValidator.getInstance("PKIX").validate(
                    CertificateFactory.getInstance("X.509").generateCertPath(List.of(certificate)), parameters);
        } catch (CertPathValidatorException e) {
            throw new CredentialRefused(e.getReason() == CertPathValidatorException.BasicReason.REVOKED ? "revoked"
                    : "untrusted", e);
        } catch (GeneralSecurityException e) {
            throw new CredentialRefused("untrusted", e);
        }
        try {
            List<String> purposes = certificate.getExtendedKeyUsage();
            if (purposes != null && !purposes.contains(CLIENT_AUTHENTICATION) && !purposes.contains(ANY_EXTENDED_KEY_USAGE)) {
                throw new CredentialRefused("not-for-client-authentication");
            }
        } catch (CertificateParsingException e) {
            throw new CredentialRefused("unreadable", e);
        }
    }
}
