package news.broadsheet.alert.internal.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Provider;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The push crypto against the published test vectors, with the native provider and with the JDK's alone. */
class WebPushCryptoTest {

    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();

    // RFC 8291 §5 and Appendix A.
    private static final String PLAINTEXT = "When I grow up, I want to be a watermelon";
    private static final String SENDER_PUBLIC = "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8";
    private static final String SENDER_PRIVATE = "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw";
    private static final String RECEIVER_PUBLIC = "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
    private static final String RECEIVER_PRIVATE = "q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94";
    private static final String AUTH_SECRET = "BTBZMqHH6r4Tts7J_aSIgg";
    private static final String SALT = "DGv6ra1nlYgDCS1FRnbzlw";
    private static final String MESSAGE = "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN";

    static Stream<Provider> providers() {
        return CryptoProvider.fastest() == null ? Stream.of((Provider) null) : Stream.of(CryptoProvider.fastest(), null);
    }

    @Test
    void rfc8188Section31RecordIsReproducedExactly() throws GeneralSecurityException {
        byte[] message = ContentCoding.encrypt("I am the walrus".getBytes(StandardCharsets.UTF_8),
                DECODE.decode("yqdlZ-tYemfogSmv7Ws5PQ"), DECODE.decode("I1BsxtFttlv3u_Oo94xnmw"), new byte[0]);

        assertThat(ENCODE.encodeToString(message))
                .isEqualTo("I1BsxtFttlv3u_Oo94xnmwAAEAAA-NAVub2qFgBEuQKRapoZu-IxkIva3MEB1PD-ly8Thjg");
        assertThat(ContentCoding.decrypt(message, keyId -> DECODE.decode("yqdlZ-tYemfogSmv7Ws5PQ")))
                .asString(StandardCharsets.UTF_8).isEqualTo("I am the walrus");
    }

    @ParameterizedTest
    @MethodSource("providers")
    void rfc8291ExampleIsReproducedByteForByte(Provider provider) throws GeneralSecurityException {
        KeyPair sender = P256.keyPair(DECODE.decode(SENDER_PUBLIC), DECODE.decode(SENDER_PRIVATE));

        byte[] message = new WebPushEncryption(provider).encrypt(PLAINTEXT.getBytes(StandardCharsets.UTF_8),
                DECODE.decode(RECEIVER_PUBLIC), DECODE.decode(AUTH_SECRET), sender, DECODE.decode(SALT));

        assertThat(ENCODE.encodeToString(message)).isEqualTo(MESSAGE);
    }

    @Test
    void theRfc8291MessageDecryptsWithTheReceiversKey() throws GeneralSecurityException {
        KeyPair receiver = P256.keyPair(DECODE.decode(RECEIVER_PUBLIC), DECODE.decode(RECEIVER_PRIVATE));

        assertThat(WebPushEncryption.decrypt(DECODE.decode(MESSAGE), receiver, DECODE.decode(AUTH_SECRET)))
                .asString(StandardCharsets.UTF_8).isEqualTo(PLAINTEXT);
    }

    @ParameterizedTest
    @MethodSource("providers")
    void freshMessagesUseFreshKeysAndSaltsAndStillDecrypt(Provider provider) throws GeneralSecurityException {
        KeyPair browser = P256.generate(null);
        byte[] auth = new byte[16];
        auth[3] = 7;
        WebPushEncryption encryption = new WebPushEncryption(provider);
        byte[] subscriptionKey = P256.encode((ECPublicKey) browser.getPublic());

        byte[] first = encryption.encrypt("{\"title\":\"Breaking\"}".getBytes(StandardCharsets.UTF_8), subscriptionKey, auth);
        byte[] second = encryption.encrypt("{\"title\":\"Breaking\"}".getBytes(StandardCharsets.UTF_8), subscriptionKey, auth);

        assertThat(first).isNotEqualTo(second);
        assertThat(WebPushEncryption.decrypt(first, browser, auth)).asString(StandardCharsets.UTF_8).isEqualTo("{\"title\":\"Breaking\"}");
        assertThat(WebPushEncryption.decrypt(second, browser, auth)).asString(StandardCharsets.UTF_8).isEqualTo("{\"title\":\"Breaking\"}");
    }

    @Test
    void aTamperedMessageOrWrongAuthSecretIsRefused() throws GeneralSecurityException {
        KeyPair receiver = P256.keyPair(DECODE.decode(RECEIVER_PUBLIC), DECODE.decode(RECEIVER_PRIVATE));
        byte[] tampered = DECODE.decode(MESSAGE);
        tampered[tampered.length - 20] ^= 1;

        assertThatThrownBy(() -> WebPushEncryption.decrypt(tampered, receiver, DECODE.decode(AUTH_SECRET)))
                .isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> WebPushEncryption.decrypt(DECODE.decode(MESSAGE), receiver, new byte[16]))
                .isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void messagesLongerThanOnePushAreRefused() throws GeneralSecurityException {
        KeyPair browser = P256.generate(null);
        byte[] key = P256.encode((ECPublicKey) browser.getPublic());
        WebPushEncryption encryption = new WebPushEncryption(null);

        assertThat(encryption.encrypt(new byte[WebPushEncryption.MAX_PLAINTEXT], key, new byte[16])).hasSize(4096);
        assertThatThrownBy(() -> encryption.encrypt(new byte[WebPushEncryption.MAX_PLAINTEXT + 1], key, new byte[16]))
                .isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void vapidTokensAreEs256JwtsThatVerifyWithThePublicKey() throws Exception {
        KeyPair keys = P256.generate(null);
        VapidKeys vapid = new VapidKeys(keys, "mailto:alerts@example.com");
        Instant expiry = Instant.parse("2030-01-01T00:00:00Z");

        String token = vapid.token("https://push.example.net", expiry);
        String[] parts = token.split("\\.");

        assertThat(parts).hasSize(3);
        JsonNode header = JsonMapper.shared().readTree(DECODE.decode(parts[0]));
        JsonNode claims = JsonMapper.shared().readTree(DECODE.decode(parts[1]));
        assertThat(header.path("alg").asString()).isEqualTo("ES256");
        assertThat(header.path("typ").asString()).isEqualTo("JWT");
        assertThat(claims.path("aud").asString()).isEqualTo("https://push.example.net");
        assertThat(claims.path("exp").asLong()).isEqualTo(expiry.getEpochSecond());
        assertThat(claims.path("sub").asString()).isEqualTo("mailto:alerts@example.com");

        byte[] signature = DECODE.decode(parts[2]);
        assertThat(signature).hasSize(64);
        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(P256.publicKey(DECODE.decode(vapid.publicKey())));
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(signature)).isTrue();
        assertThat(vapid.authorization(token)).isEqualTo("vapid t=" + token + ", k=" + vapid.publicKey());
    }

    @Test
    void theNativeProviderLoadsOnThisPlatform() {
        String os = System.getProperty("os.name").toLowerCase();
        String arch = System.getProperty("os.arch");
        if (os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64"))) {
            assertThat(CryptoProvider.fastest()).as("Amazon Corretto Crypto Provider on linux x86_64").isNotNull();
        }
    }
}
