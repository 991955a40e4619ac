package news.broadsheet.alert.internal.push;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.KeyAgreement;

/** P-256 keys in the forms Web Push uses: 65-byte uncompressed points and 32-byte private scalars. */
public final class P256 {

    static final int POINT_LENGTH = 65;
    private static final int COORDINATE_LENGTH = 32;
    private static final ECParameterSpec CURVE = curve();
    /** The DER of X.509's SubjectPublicKeyInfo for a P-256 key, up to the 65 bytes of its uncompressed point. */
    private static final byte[] SUBJECT_PUBLIC_KEY_INFO_PREFIX =
            HexFormat.of().parseHex("3059301306072a8648ce3d020106082a8648ce3d030107034200");

    private P256() {
    }

    public static KeyPair generate(Provider provider) throws GeneralSecurityException {
        KeyPairGenerator generator = provider != null
                ? KeyPairGenerator.getInstance("EC", provider) : KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    /** {@code agreement} is an ECDH key agreement, which this sets up afresh. */
    static byte[] sharedSecret(ECPrivateKey own, ECPublicKey theirs, KeyAgreement agreement)
            throws GeneralSecurityException {
        agreement.init(own);
        agreement.doPhase(theirs, true);
        return agreement.generateSecret();
    }

    /** The uncompressed point 0x04 ‖ x ‖ y, read from the key's X.509 encoding when it has the usual form (cheaper than its coordinates). */
    public static byte[] encode(ECPublicKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded != null && encoded.length == SUBJECT_PUBLIC_KEY_INFO_PREFIX.length + POINT_LENGTH
                && Arrays.equals(encoded, 0, SUBJECT_PUBLIC_KEY_INFO_PREFIX.length,
                        SUBJECT_PUBLIC_KEY_INFO_PREFIX, 0, SUBJECT_PUBLIC_KEY_INFO_PREFIX.length)) {
            return Arrays.copyOfRange(encoded, SUBJECT_PUBLIC_KEY_INFO_PREFIX.length, encoded.length);
        }
        byte[] point = new byte[POINT_LENGTH];
        point[0] = 0x04;
        copyUnsigned(key.getW().getAffineX(), point, 1);
        copyUnsigned(key.getW().getAffineY(), point, 1 + COORDINATE_LENGTH);
        return point;
    }

    public static byte[] encode(ECPrivateKey key) {
        byte[] scalar = new byte[COORDINATE_LENGTH];
        copyUnsigned(key.getS(), scalar, 0);
        return scalar;
    }

    /**
     * The key as {@code keys}, an EC key factory, reads it: a key of the provider's own kind spares the key
     * agreement converting it. The point is checked to be on the curve there or, by the JDK's, at the agreement.
     */
    static ECPublicKey publicKey(byte[] point, KeyFactory keys) throws GeneralSecurityException {
        if (point.length != POINT_LENGTH || point[0] != 0x04) {
            throw new GeneralSecurityException("A P-256 public key is a 65-byte uncompressed point");
        }
        byte[] encoded = Arrays.copyOf(SUBJECT_PUBLIC_KEY_INFO_PREFIX, SUBJECT_PUBLIC_KEY_INFO_PREFIX.length + POINT_LENGTH);
        System.arraycopy(point, 0, encoded, SUBJECT_PUBLIC_KEY_INFO_PREFIX.length, POINT_LENGTH);
        return (ECPublicKey) keys.generatePublic(new X509EncodedKeySpec(encoded));
    }

    public static ECPublicKey publicKey(byte[] point) throws GeneralSecurityException {
        if (point.length != POINT_LENGTH || point[0] != 0x04) {
            throw new GeneralSecurityException("A P-256 public key is a 65-byte uncompressed point");
        }
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(point, 1, 1 + COORDINATE_LENGTH));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(point, 1 + COORDINATE_LENGTH, POINT_LENGTH));
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(new ECPoint(x, y), CURVE));
    }

    public static ECPrivateKey privateKey(byte[] scalar) throws GeneralSecurityException {
        return (ECPrivateKey) KeyFactory.getInstance("EC")
                .generatePrivate(new ECPrivateKeySpec(new BigInteger(1, scalar), CURVE));
    }

    public static KeyPair keyPair(byte[] point, byte[] scalar) throws GeneralSecurityException {
        return new KeyPair(publicKey(point), privateKey(scalar));
    }

    private static void copyUnsigned(BigInteger value, byte[] target, int offset) {
        byte[] bytes = value.toByteArray();
        int length = Math.min(bytes.length, COORDINATE_LENGTH);
        System.arraycopy(bytes, bytes.length - length, target, offset + COORDINATE_LENGTH - length, length);
    }

    private static ECParameterSpec curve() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK lacks the P-256 curve", e);
        }
    }
}
