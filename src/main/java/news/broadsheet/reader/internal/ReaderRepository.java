package news.broadsheet.reader.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code reader} table. E-mail addresses are compared without regard to case. */
@Repository
class ReaderRepository {

    static final int HANDLE_WORDS_LENGTH = 30;

    private final JdbcClient jdbc;

    ReaderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredReader> byEmail(String email) {
        return jdbc.sql("select * from reader where lower(email) = lower(:email)")
                .param("email", email.strip()).query(ReaderRepository::reader).optional();
    }

    Optional<StoredReader> byId(long id) {
        return jdbc.sql("select * from reader where id = :id").param("id", id).query(ReaderRepository::reader).optional();
    }

    Optional<StoredReader> byHandle(String handle) {
        return jdbc.sql("select * from reader where handle = :handle")
                .param("handle", handle).query(ReaderRepository::reader).optional();
    }

    /**
     * A new, unverified reader whose handle is their name's Latin letters and digits followed by their id
     * ({@code mara-ellison-17}); empty if the address is taken, even by a registration at the same moment.
     */
    Optional<Long> create(String email, String displayName, String passwordHash) {
        return jdbc.sql("""
                        with next as (select nextval(pg_get_serial_sequence('reader', 'id')) as id)
                        insert into reader (id, email, handle, display_name, password_hash)
                        select id, :email, :words || id, :name, :hash from next
                        on conflict ((lower(email))) do nothing
                        returning id""")
                .param("email", email)
                .param("words", handleWords(displayName))
                .param("name", displayName)
                .param("hash", passwordHash)
                .query(Long.class).optional();
    }

    /** Someone registered again with the address of an account nobody has verified: the newest details win. */
    void replaceUnverified(long id, String displayName, String passwordHash) {
        jdbc.sql("update reader set display_name = :name, password_hash = :hash where id = :id and verified_at is null")
                .param("id", id).param("name", displayName).param("hash", passwordHash).update();
    }

    void markVerified(long id) {
        jdbc.sql("update reader set verified_at = coalesce(verified_at, now()) where id = :id").param("id", id).update();
    }

    /** The reader's sign-in epoch; empty once the account is deleted. */
    Optional<Integer> signInEpoch(long id) {
        return jdbc.sql("select sign_in_epoch from reader where id = :id").param("id", id).query(Integer.class).optional();
    }

    void updateProfile(long id, String displayName, String bio) {
        jdbc.sql("update reader set display_name = :name, bio = :bio where id = :id")
                .param("id", id).param("name", displayName).param("bio", bio).update();
    }

    /** Stores the new hash and ends every sign-in made with the old password; answers the new epoch. */
    int changePassword(long id, String passwordHash) {
        jdbc.sql("delete from persistent_logins where username = :id").param("id", String.valueOf(id)).update();
        return jdbc.sql("update reader set password_hash = :hash, sign_in_epoch = sign_in_epoch + 1 where id = :id returning sign_in_epoch")
                .param("id", id).param("hash", passwordHash).query(Integer.class).single();
    }

    /** Moves the account to the new address, unless another account has it by now. */
    boolean changeEmail(long id, String email) {
        return jdbc.sql("""
                        update reader set email = :email
                        where id = :id and not exists (select 1 from reader other where lower(other.email) = lower(:email) and other.id <> :id)""")
                .param("id", id).param("email", email).update() == 1;
    }

    void delete(long id) {
        jdbc.sql("delete from persistent_logins where username = :id").param("id", String.valueOf(id)).update();
        jdbc.sql("delete from reader where id = :id").param("id", id).update();
    }

    static String handleWords(String displayName) {
        String ascii = Normalizer.normalize(displayName, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String words = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (words.length() > HANDLE_WORDS_LENGTH) {
            words = words.substring(0, HANDLE_WORDS_LENGTH).replaceAll("-+$", "");
        }
        return (words.isEmpty() ? "reader" : words) + "-";
    }

    private static StoredReader reader(ResultSet row, int number) throws SQLException {
        Timestamp verified = row.getTimestamp("verified_at");
        return new StoredReader(row.getLong("id"), row.getString("email"), row.getString("handle"),
                row.getString("display_name"), row.getString("bio"), row.getString("password_hash"),
                verified == null ? null : verified.toInstant(), row.getTimestamp("joined_at").toInstant(),
                row.getInt("sign_in_epoch"));
    }
}
