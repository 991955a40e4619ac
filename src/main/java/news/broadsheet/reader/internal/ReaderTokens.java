package news.broadsheet.reader.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The secrets in links sent by e-mail: 256 random bits, of which only a SHA-256 is stored. A token works
 * once, for one purpose, until it expires.
 */
@Component
class ReaderTokens {

    enum Purpose {
        VERIFY("verify"), RESET("reset"), CHANGE_EMAIL("change-email");

        final String column;

        Purpose(String column) {
            this.column = column;
        }
    }

    record Use(long readerId, String newEmail) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_TOKEN_LENGTH = 100;

    private final JdbcClient jdbc;

    ReaderTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String issue(long readerId, Purpose purpose, Duration lifetime, String newEmail) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("""
                        insert into reader_token (token_hash, reader_id, purpose, new_email, expires_at)
                        values (:hash, :reader, :purpose, :newEmail, :expires)""")
                .param("hash", hash(token))
                .param("reader", readerId)
                .param("purpose", purpose.column)
                .param("newEmail", newEmail)
                .param("expires", Timestamp.from(Instant.now().plus(lifetime)))
                .update();
        return token;
    }

    /** Uses the token up, if it is one for this purpose, unused and unexpired. */
    Optional<Use> consume(Purpose purpose, String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        update reader_token set used_at = now()
                        where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > now()
                        returning reader_id, new_email""")
                .param("hash", hash(token))
                .param("purpose", purpose.column)
                .query((row, number) -> new Use(row.getLong("reader_id"), row.getString("new_email")))
                .optional();
    }

    /** Whether the token would be accepted now, without using it up: to show a form only for a good link. */
    boolean usable(Purpose purpose, String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return false;
        }
        return jdbc.sql("select count(*) from reader_token where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > now()")
                .param("hash", hash(token)).param("purpose", purpose.column).query(Integer.class).single() > 0;
    }

    /** Makes every unused token of this purpose worthless, e.g. older reset links once the password changed. */
    void revoke(long readerId, Purpose purpose) {
        jdbc.sql("update reader_token set used_at = now() where reader_id = :reader and purpose = :purpose and used_at is null")
                .param("reader", readerId).param("purpose", purpose.column).update();
    }

    /** Tokens are worth nothing a day after they expired. */
    void forgetExpired() {
        jdbc.sql("delete from reader_token where expires_at < now() - interval '1 day'").update();
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
