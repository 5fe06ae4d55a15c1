package it.modulistica.engine.attachment;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Collection;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessable;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * A signed file ({@code .p7m}, CAdES) is parsed with Bouncy Castle as a CMS {@code SignedData}, not
 * recognised by its first bytes: it must hold the signed document itself (an "attached" signature;
 * a detached one, which signs a document kept elsewhere, is refused), at least one signer, and every
 * signature must match the document with the public key of the signer's certificate carried in the
 * envelope, so a document altered after signing, or a cut or corrupt envelope, is refused.
 *
 * <p>Whether the certificate is trusted, was qualified, or has since been revoked is not decided
 * here: that is the office's verification of the signature, with the tools it is required to use.
 */
final class SignedEnvelopeCheck {

    /** The document inside a valid envelope, or the violation code it is refused with. */
    record Opened(byte[] content, String refusal) {

        static Opened refused(String code) {
            return new Opened(null, code);
        }
    }

    /** Used by instance, never registered globally: the application's own JCA set-up stays as it is. */
    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

    private SignedEnvelopeCheck() {
    }

    static Opened open(byte[] envelope) {
        CMSSignedData signed;
        try {
            signed = new CMSSignedData(envelope);
        } catch (CMSException | RuntimeException notCms) {
            return Opened.refused("fileContent");
        }
        CMSProcessable content = signed.getSignedContent();
        if (content == null || !(content.getContent() instanceof byte[] document)) {
            return Opened.refused("fileSignedDetached");
        }
        if (!CMSObjectIdentifiers.data.getId().equals(signed.getSignedContentTypeOID())) {
            return Opened.refused("fileContent");
        }
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.isEmpty()) {
            return Opened.refused("fileSignature");
        }
        for (SignerInformation signer : signers) {
            if (!verifies(signed, signer)) {
                return Opened.refused("fileSignature");
            }
        }
        return new Opened(document, null);
    }

    /**
     * Whether the signature matches the document with the key of the signer's certificate. The
     * verifier is built from the bare key so that the certificate's dates are not judged here.
     */
    private static boolean verifies(CMSSignedData signed, SignerInformation signer) {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> certificates = signed.getCertificates().getMatches(signer.getSID());
        if (certificates.isEmpty()) {
            return false;
        }
        try {
            PublicKey key = new JcaX509CertificateConverter().setProvider(PROVIDER)
                    .getCertificate(certificates.iterator().next()).getPublicKey();
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(PROVIDER).build(key));
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | RuntimeException invalid) {
            return false;
        }
    }
}
