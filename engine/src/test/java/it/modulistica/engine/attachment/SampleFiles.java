package it.modulistica.engine.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Real files for upload tests, made at test time: images written by Image I/O, a one-page PDF, and
 * signed envelopes made by Bouncy Castle with a self-signed certificate, as a signing tool makes them.
 */
public final class SampleFiles {

    /** A minimal one-page PDF that PDFBox reads. */
    public static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private static KeyPair keys;
    private static X509CertificateHolder certificate;

    private SampleFiles() {
    }

    /** A PNG of the given size, a smooth gradient (compresses well). */
    public static byte[] png(int width, int height) {
        return image("png", gradient(width, height));
    }

    /** A PNG of random pixels: about {@code 3 × width × height} bytes, as noise does not compress. */
    public static byte[] noisyPng(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image("png", image);
    }

    /** A baseline JPEG of the given size. */
    public static byte[] jpeg(int width, int height) {
        return image("jpeg", gradient(width, height));
    }

    /** A CAdES-like attached signature of {@code document}: SignedData with the document inside. */
    public static byte[] p7m(byte[] document) {
        return signed(document, true);
    }

    /** A detached signature of {@code document}: the envelope does not carry it. */
    public static byte[] detachedSignature(byte[] document) {
        return signed(document, false);
    }

    private static BufferedImage gradient(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, ((x * 255 / width) << 16) | ((y * 255 / height) << 8) | 0x80);
            }
        }
        return image;
    }

    private static byte[] image(String format, BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No Image I/O writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static synchronized byte[] signed(byte[] document, boolean attached) {
        try {
            if (keys == null) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                keys = generator.generateKeyPair();
                X500Name subject = new X500Name("CN=Mario Rossi, SERIALNUMBER=TINIT-RSSMRA80A01L219X, C=IT");
                Instant now = Instant.now();
                ContentSigner selfSigner = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
                certificate = new JcaX509v3CertificateBuilder(subject, BigInteger.ONE, Date.from(now.minus(1, ChronoUnit.DAYS)),
                        Date.from(now.plus(365, ChronoUnit.DAYS)), subject, keys.getPublic()).build(selfSigner);
            }
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()), certificate));
            generator.addCertificates(new JcaCertStore(List.of(certificate)));
            return generator.generate(new CMSProcessableByteArray(document), attached).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
            throw new IllegalStateException("Could not sign the sample document", e);
        }
    }
}
