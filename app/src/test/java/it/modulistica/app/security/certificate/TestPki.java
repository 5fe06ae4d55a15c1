package it.modulistica.app.security.certificate;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away public key infrastructure for tests, made with BouncyCastle: certification
 * authorities, a server certificate for localhost and client certificates with any subject and
 * validity, and the key and trust stores that use them.
 */
final class TestPki {

    static final char[] PASSWORD = "changeit".toCharArray();

    private static final AtomicLong SERIALS = new AtomicLong(System.nanoTime());

    /** A key pair and the certificate of its public key. */
    record Issued(KeyPair keys, X509Certificate certificate) {
    }

    private TestPki() {
    }

    static Issued authority(String name) {
        KeyPair keys = keys();
        X500Name subject = new X500Name("CN=" + name + ",O=Modulistica test,C=IT");
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), subject,
                keys.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new Issued(keys, sign(builder, keys));
    }

    static Issued server(Issued authority) {
        return issue(authority, new X500Name("CN=localhost,O=Modulistica test,C=IT"), Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(30)), KeyPurposeId.id_kp_serverAuth,
                new GeneralNames(new GeneralName[] {new GeneralName(GeneralName.dNSName, "localhost"),
                        new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
    }

    static Issued client(Issued authority, X500Name subject) {
        return client(authority, subject, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(30)));
    }

    static Issued client(Issued authority, X500Name subject, Instant notBefore, Instant notAfter) {
        return issue(authority, subject, notBefore, notAfter, KeyPurposeId.id_kp_clientAuth, null);
    }

    private static Issued issue(Issued authority, X500Name subject, Instant notBefore, Instant notAfter,
            KeyPurposeId purpose, GeneralNames alternativeNames) {
        KeyPair keys = keys();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(authority.certificate(), serial(),
                Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
            if (alternativeNames != null) {
                builder.addExtension(Extension.subjectAlternativeName, false, alternativeNames);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new Issued(keys, sign(builder, authority.keys()));
    }

    /** A temporary directory for key and trust stores, removed with them when the JVM exits. */
    static Path directory(String prefix) {
        try {
            Path directory = Files.createTempDirectory(prefix);
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PKCS12 file holding the key and its certificate chain. */
    static Path keyStore(Path directory, String name, Issued entry, X509Certificate... chain) {
        try {
            return write(keyStore(entry, chain), directory.resolve(name + ".p12"));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PKCS12 file trusting these certificates. */
    static Path trustStore(Path directory, String name, X509Certificate... trusted) {
        try {
            return write(trustStore(trusted), directory.resolve(name + ".p12"));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path write(KeyStore store, Path file) throws IOException, GeneralSecurityException {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD);
        }
        file.toFile().deleteOnExit();
        return file;
    }

    /** A client's TLS context: it presents {@code client} (when not null) and trusts {@code authority}'s servers. */
    static SSLContext clientContext(Issued client, X509Certificate authority) {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(client == null ? null : keyStore(client, new X509Certificate[0]), PASSWORD);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore(authority));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The certificate as PEM, the way nginx's {@code $ssl_client_cert} prints it. */
    static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyStore keyStore(Issued entry, X509Certificate[] chain) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        X509Certificate[] full = new X509Certificate[chain.length + 1];
        full[0] = entry.certificate();
        System.arraycopy(chain, 0, full, 1, chain.length);
        store.setKeyEntry("key", entry.keys().getPrivate(), PASSWORD, full);
        return store;
    }

    private static KeyStore trustStore(X509Certificate... trusted) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        for (int i = 0; i < trusted.length; i++) {
            store.setCertificateEntry("ca" + i, trusted[i]);
        }
        return store;
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIALS.incrementAndGet());
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair signer) {
        try {
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(signer.getPrivate())));
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
