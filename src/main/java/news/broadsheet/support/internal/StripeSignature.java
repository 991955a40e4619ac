package news.broadsheet.support.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the {@code Stripe-Signature} header as Stripe documents it: {@code t=<unix seconds>} and one or
 * more {@code v1=<hex>} signatures, each an HMAC-SHA256 keyed with the endpoint's signing secret over
 * {@code <t>.<raw body>}. A timestamp more than five minutes from now is refused, so a captured event
 * cannot be replayed later; within those minutes the event id makes a replay harmless.
 */
final class StripeSignature {

    static final Duration TOLERANCE = Duration.ofSeconds(300);
    private static final int MAX_HEADER = 2048;

    private StripeSignature() {
    }

    /** @throws Refused saying why the header does not prove that Stripe sent this body just now */
    static void verify(byte[] payload, String header, String secret, Instant now) {
        if (header == null || header.isBlank() || header.length() > MAX_HEADER) {
            throw new Refused("The Stripe-Signature header is missing.");
        }
        Long timestamp = null;
        List<byte[]> signatures = new ArrayList<>();
        for (String element : header.split(",")) {
            int equals = element.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String key = element.substring(0, equals).strip();
            String value = element.substring(equals + 1).strip();
            if (key.equals("t")) {
                if (timestamp != null || !value.matches("\\d{1,12}")) {
                    throw new Refused("The Stripe-Signature header has no single valid timestamp.");
                }
                timestamp = Long.parseLong(value);
            } else if (key.equals("v1") && value.matches("[0-9a-fA-F]{64}")) {
                signatures.add(HexFormat.of().parseHex(value));
            }
        }
        if (timestamp == null) {
            throw new Refused("The Stripe-Signature header has no timestamp.");
        }
        if (signatures.isEmpty()) {
            throw new Refused("The Stripe-Signature header has no v1 signature.");
        }
        if (Duration.between(Instant.ofEpochSecond(timestamp), now).abs().compareTo(TOLERANCE) > 0) {
            throw new Refused("The event's timestamp is outside the tolerance of " + TOLERANCE.toSeconds() + " seconds.");
        }
        byte[] expected = sign(timestamp, payload, secret);
        boolean matched = false;
        for (byte[] signature : signatures) {
            // Compared in constant time, and every signature is compared, so timing reveals nothing.
            matched |= MessageDigest.isEqual(expected, signature);
        }
        if (!matched) {
            throw new Refused("No signature matches the event's body.");
        }
    }

    static byte[] sign(long timestamp, byte[] payload, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(payload);
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", impossible);
        }
    }

    static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }
}
