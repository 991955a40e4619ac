package news.broadsheet.alert.internal.push;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Voluntary application server identification (RFC 8292): a P-256 key pair that identifies Broadsheet to
 * push services, and the ES256-signed JWTs it sends with each push, naming the push service's origin.
 */
public final class VapidKeys {

    /** Push services accept tokens valid for at most 24 hours; ours last 12 and are renewed at 11. */
    public static final Duration TOKEN_LIFETIME = Duration.ofHours(12);
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER = BASE64URL.encodeToString(
            "{\"typ\":\"JWT\",\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8));

    private final KeyPair keys;
    private final String subject;

    /** {@code subject} is how a push service's operator can reach the sender: a mailto: or https: URL. */
    public VapidKeys(KeyPair keys, String subject) {
        this.keys = keys;
        this.subject = subject;
    }

    /** The public key as browsers take it in {@code applicationServerKey}: base64url of the 65-byte point. */
    public String publicKey() {
        return BASE64URL.encodeToString(P256.encode((ECPublicKey) keys.getPublic()));
    }

    /** A signed token for the push service at {@code audience} (scheme, host and port only), valid until {@code expiry}. */
    public String token(String audience, Instant expiry) throws GeneralSecurityException {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aud", audience);
        claims.put("exp", expiry.getEpochSecond());
        claims.put("sub", subject);
        String signed = HEADER + "." + BASE64URL.encodeToString(JsonMapper.shared().writeValueAsBytes(claims));
        Signature signature = Signature.getInstance("SHA256withECDSAinP1363Format");
        signature.initSign(keys.getPrivate());
        signature.update(signed.getBytes(StandardCharsets.US_ASCII));
        return signed + "." + BASE64URL.encodeToString(signature.sign());
    }

    /** The {@code Authorization} header value of RFC 8292 §3. */
    public String authorization(String token) {
        return "vapid t=" + token + ", k=" + publicKey();
    }
}
