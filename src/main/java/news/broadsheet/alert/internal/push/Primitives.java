package news.broadsheet.alert.internal.push;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.spec.ECGenParameterSpec;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;

/**
 * The JCA objects that encrypting one message uses, made once and reused for message after message: looking
 * them up by algorithm name and setting them up again for every message cost more than the HMACs and the
 * AES-GCM they compute. Not safe to share between threads.
 */
final class Primitives {

    final KeyPairGenerator p256KeyPairs;
    final KeyFactory ecKeys;
    final KeyAgreement ecdh;
    final Mac hmacSha256;
    final Cipher aesGcm;

    /** {@code provider}'s implementations, or the JDK's if it is {@code null}. */
    Primitives(Provider provider) throws GeneralSecurityException {
        p256KeyPairs = provider != null ? KeyPairGenerator.getInstance("EC", provider) : KeyPairGenerator.getInstance("EC");
        p256KeyPairs.initialize(new ECGenParameterSpec("secp256r1"));
        ecKeys = provider != null ? KeyFactory.getInstance("EC", provider) : KeyFactory.getInstance("EC");
        ecdh = provider != null ? KeyAgreement.getInstance("ECDH", provider) : KeyAgreement.getInstance("ECDH");
        hmacSha256 = provider != null ? Mac.getInstance("HmacSHA256", provider) : Mac.getInstance("HmacSHA256");
        aesGcm = provider != null
                ? Cipher.getInstance("AES/GCM/NoPadding", provider) : Cipher.getInstance("AES/GCM/NoPadding");
    }

    /** The JDK's own, for the browser's side of the tests and for one-off work. */
    static Primitives jdk() {
        try {
            return new Primitives(null);
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("This JDK lacks P-256, HMAC-SHA256 or AES-GCM", missing);
        }
    }
}
