package news.broadsheet.alert.internal.push;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code aes128gcm} content coding of RFC 8188, for one record, which is all a Web Push message
 * (at most 4096 bytes) ever needs: header {@code salt ‖ rs ‖ idlen ‖ keyid}, then the plaintext with its
 * last-record delimiter {@code 0x02}, sealed with AES-128-GCM under a key and nonce derived by HKDF.
 */
public final class ContentCoding {

    public static final int RECORD_SIZE = 4096;
    static final int SALT_LENGTH = 16;
    private static final int TAG_LENGTH = 16;
    private static final byte LAST_RECORD = 0x02;
    private static final byte[] KEY_INFO = info("Content-Encoding: aes128gcm");
    private static final byte[] NONCE_INFO = info("Content-Encoding: nonce");

    private ContentCoding() {
    }

    public static byte[] encrypt(byte[] plaintext, byte[] inputKey, byte[] salt, byte[] keyId)
            throws GeneralSecurityException {
        return encrypt(plaintext, inputKey, salt, keyId, Primitives.jdk());
    }

    /** {@code primitives} do the HMACs and AES-GCM. */
    static byte[] encrypt(byte[] plaintext, byte[] inputKey, byte[] salt, byte[] keyId, Primitives primitives)
            throws GeneralSecurityException {
        int headerLength = SALT_LENGTH + 4 + 1 + keyId.length;
        if (headerLength + plaintext.length + 1 + TAG_LENGTH > RECORD_SIZE) {
            throw new GeneralSecurityException("A push message is at most " + RECORD_SIZE + " bytes in all");
        }
        byte[] record = Arrays.copyOf(plaintext, plaintext.length + 1);
        record[plaintext.length] = LAST_RECORD;
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, inputKey, salt, primitives).doFinal(record);
        return ByteBuffer.allocate(headerLength + sealed.length)
                .put(salt).putInt(RECORD_SIZE).put((byte) keyId.length).put(keyId)
                .put(sealed)
                .array();
    }

    /** Finds the input key for a message from the key id in its header. */
    @FunctionalInterface
    public interface InputKeys {
        byte[] forKeyId(byte[] keyId) throws GeneralSecurityException;
    }

    /** The plaintext of a one-record message. */
    public static byte[] decrypt(byte[] message, InputKeys inputKeys)
            throws GeneralSecurityException {
        ByteBuffer buffer = ByteBuffer.wrap(message);
        byte[] salt = new byte[SALT_LENGTH];
        buffer.get(salt);
        int recordSize = buffer.getInt();
        byte[] keyId = new byte[Byte.toUnsignedInt(buffer.get())];
        buffer.get(keyId);
        byte[] sealed = new byte[buffer.remaining()];
        buffer.get(sealed);
        if (sealed.length > recordSize) {
            throw new GeneralSecurityException("Only one-record messages are expected");
        }
        byte[] record = cipher(Cipher.DECRYPT_MODE, inputKeys.forKeyId(keyId), salt, Primitives.jdk()).doFinal(sealed);
        int end = record.length - 1;
        while (end >= 0 && record[end] == 0) {
            end--;
        }
        if (end < 0 || record[end] != LAST_RECORD) {
            throw new GeneralSecurityException("The record does not end with the last-record delimiter");
        }
        return Arrays.copyOf(record, end);
    }

    private static Cipher cipher(int mode, byte[] inputKey, byte[] salt, Primitives primitives)
            throws GeneralSecurityException {
        byte[] pseudoRandomKey = Hkdf.extract(salt, inputKey, primitives.hmacSha256);
        byte[] key = Hkdf.expand(pseudoRandomKey, KEY_INFO, 16, primitives.hmacSha256);
        byte[] nonce = Hkdf.expand(pseudoRandomKey, NONCE_INFO, 12, primitives.hmacSha256);
        Cipher cipher = primitives.aesGcm;
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_LENGTH * 8, nonce));
        return cipher;
    }

    private static byte[] info(String label) {
        byte[] text = label.getBytes(StandardCharsets.US_ASCII);
        return Arrays.copyOf(text, text.length + 1);
    }

    /** HKDF with SHA-256 (RFC 5869), for outputs of at most one hash length, which is all Web Push needs. */
    static final class Hkdf {

        private Hkdf() {
        }

        /** {@code mac} is an HMAC-SHA256, which this sets up afresh. */
        static byte[] extract(byte[] salt, byte[] inputKey, Mac mac) throws GeneralSecurityException {
            return hmac(salt, inputKey, mac);
        }

        static byte[] expand(byte[] pseudoRandomKey, byte[] info, int length, Mac mac) throws GeneralSecurityException {
            mac.init(new SecretKeySpec(pseudoRandomKey, "HmacSHA256"));
            mac.update(info);
            mac.update((byte) 1);
            byte[] block = mac.doFinal();
            return block.length == length ? block : Arrays.copyOf(block, length);
        }

        private static byte[] hmac(byte[] key, byte[] data, Mac mac) throws GeneralSecurityException {
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        }
    }
}
