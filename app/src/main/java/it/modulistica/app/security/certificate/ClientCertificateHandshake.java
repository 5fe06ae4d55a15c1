package it.modulistica.app.security.certificate;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The trust manager of the HTTPS connector when certificate sign-in is on: it lets any client
 * certificate through the TLS handshake (the client still proves it holds the certificate's private
 * key), so that the application itself decides, with {@link CertificateTrust}, and records a
 * refused certificate in the audit log instead of the connection just failing. It names no
 * authority in the handshake, so browsers offer every certificate they hold. Tomcat creates it by
 * class name; it is never used to trust servers.
 */
public final class ClientCertificateHandshake extends X509ExtendedTrustManager {

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        requireCertificate(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        requireCertificate(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        requireCertificate(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("Only client certificates are handled here");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("Only client certificates are handled here");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw new CertificateException("Only client certificates are handled here");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }

    private static void requireCertificate(X509Certificate[] chain) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("No client certificate");
        }
    }
}
