package news.broadsheet.alert.internal.push;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import javax.security.auth.DestroyFailedException;
import javax.security.auth.Destroyable;

/**
 * Message encryption for Web Push (RFC 8291): an ECDH between a fresh key pair of ours and the browser's
 * subscription key, mixed with the subscription's auth secret, keys the {@code aes128gcm} coding. A fresh
 * key pair and salt per message are what make each message's key unique.
 */
public final class WebPushEncryption {

    static final int AUTH_SECRET_LENGTH = 16;
    /** The most plaintext one push message can carry: 4096 − 86 bytes of header − 16 of tag − 1 delimiter. */
    public static final int MAX_PLAINTEXT = 3993;
    private static final byte[] KEY_INFO_LABEL = "WebPush: info\0".getBytes(StandardCharsets.US_ASCII);

    private final SecureRandom random;
    /** The senders are a few long-lived threads, each encrypting message after message with its own set. */
    private final ThreadLocal<Primitives> primitives;

    /** {@code provider} does the per-message key generation, ECDH, HMACs, AES-GCM and salts; {@code null} means the JDK's. */
    public WebPushEncryption(Provider provider) {
        this.random = randomFrom(provider);
        this.primitives = ThreadLocal.withInitial(() -> {
            try {
                return new Primitives(provider);
            } catch (GeneralSecurityException missing) {
                throw new IllegalStateException(CryptoProvider.describe(provider)
                        + " lacks P-256, HMAC-SHA256 or AES-GCM", missing);
            }
        });
    }

    /**
     * The provider's own generator where it has one: the JDK's default reads the operating system's source
     * under one lock for every call, which a fan-out's thousands of salts a second queue on.
     */
    private static SecureRandom randomFrom(Provider provider) {
        if (provider != null) {
            try {
                return SecureRandom.getInstance("DEFAULT", provider);
            } catch (NoSuchAlgorithmException none) {
                return new SecureRandom();
            }
        }
        return new SecureRandom();
    }

    public byte[] encrypt(byte[] plaintext, byte[] subscriptionKey, byte[] authSecret) throws GeneralSecurityException {
        byte[] salt = new byte[ContentCoding.SALT_LENGTH];
        random.nextBytes(salt);
        Primitives reused = primitives.get();
        return encrypt(plaintext, subscriptionKey, authSecret, reused.p256KeyPairs.generateKeyPair(), salt, reused);
    }

    /** Encryption with a given key pair and salt, for the RFC's test vectors; never reuse either in production. */
    byte[] encrypt(byte[] plaintext, byte[] subscriptionKey, byte[] authSecret, KeyPair ours, byte[] salt)
            throws GeneralSecurityException {
        return encrypt(plaintext, subscriptionKey, authSecret, ours, salt, primitives.get());
    }

    private static byte[] encrypt(byte[] plaintext, byte[] subscriptionKey, byte[] authSecret, KeyPair ours,
                                  byte[] salt, Primitives reused) throws GeneralSecurityException {
        if (authSecret.length != AUTH_SECRET_LENGTH) {
            throw new GeneralSecurityException("The subscription's auth secret is 16 bytes");
        }
        ECPublicKey theirs = P256.publicKey(subscriptionKey, reused.ecKeys);
        byte[] shared;
        try {
            shared = P256.sharedSecret((ECPrivateKey) ours.getPrivate(), theirs, reused.ecdh);
        } finally {
            release(theirs);
        }
        byte[] ourPublic = P256.encode((ECPublicKey) ours.getPublic());
        byte[] inputKey = inputKey(shared, authSecret, subscriptionKey, ourPublic, reused);
        return ContentCoding.encrypt(plaintext, inputKey, salt, ourPublic, reused);
    }

    /**
     * Frees at once what a native provider holds for the key. Left to the provider, that is freed only after a
     * garbage collection has found the key unreachable, and the provider's bookkeeping for it, several objects a
     * key, survives that collection: at 20,000 messages a second it was most of what survived each young
     * collection, and it drove G1 into concurrent marking cycles during a fan-out. The JDK's public keys are
     * not {@link Destroyable} and hold nothing to free. (Our own key pair cannot be freed this way: its two
     * halves share what the provider holds, which it then keeps for the collector.)
     */
    private static void release(ECPublicKey key) {
        if (key instanceof Destroyable destroyable && !destroyable.isDestroyed()) {
            try {
                destroyable.destroy();
            } catch (DestroyFailedException cannot) {
                // The collector frees it, as it would have anyway.
            }
        }
    }

    /** The browser's side: what a user agent holding the subscription's private key reads. */
    public static byte[] decrypt(byte[] message, KeyPair subscription, byte[] authSecret) throws GeneralSecurityException {
        byte[] subscriptionKey = P256.encode((ECPublicKey) subscription.getPublic());
        Primitives jdk = Primitives.jdk();
        return ContentCoding.decrypt(message, senderKey -> inputKey(
                P256.sharedSecret((ECPrivateKey) subscription.getPrivate(), P256.publicKey(senderKey, jdk.ecKeys), jdk.ecdh),
                authSecret, subscriptionKey, senderKey, jdk));
    }

    private static byte[] inputKey(byte[] shared, byte[] authSecret, byte[] subscriptionKey, byte[] senderKey,
                                   Primitives primitives) throws GeneralSecurityException {
        byte[] info = new byte[KEY_INFO_LABEL.length + subscriptionKey.length + senderKey.length];
        System.arraycopy(KEY_INFO_LABEL, 0, info, 0, KEY_INFO_LABEL.length);
        System.arraycopy(subscriptionKey, 0, info, KEY_INFO_LABEL.length, subscriptionKey.length);
        System.arraycopy(senderKey, 0, info, KEY_INFO_LABEL.length + subscriptionKey.length, senderKey.length);
        return ContentCoding.Hkdf.expand(ContentCoding.Hkdf.extract(authSecret, shared, primitives.hmacSha256), info, 32,
                primitives.hmacSha256);
    }
}
