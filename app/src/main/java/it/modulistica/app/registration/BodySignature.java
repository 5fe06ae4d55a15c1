package it.modulistica.app.registration;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Modulistica-Signature} of a body: {@code sha256=} and the lower-case hex HMAC-SHA256
 * of the body's bytes with the target's secret, as GitHub signs its webhooks.
 */
final class BodySignature {

    static final String HEADER = "X-Modulistica-Signature";
    static final String EVENT_HEADER = "X-Modulistica-Event";

    private BodySignature() {
    }

    static String of(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
