package news.broadsheet.comment.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Readers who may not comment: banned (no end) or suspended until a time. */
@Component
class Sanctions {

    record Sanction(long readerId, Instant expiresAt, String reason, String decidedBy, Instant decidedAt) {

        boolean isBan() {
            return expiresAt == null;
        }
    }

    private final JdbcClient jdbc;

    Sanctions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Sanction> activeFor(long readerId) {
        return jdbc.sql("""
                        select reader_id, expires_at, reason, decided_by, decided_at from comment_sanction
                        where reader_id = :reader and (expires_at is null or expires_at > now())""")
                .param("reader", readerId).query(Sanctions::sanction).optional();
    }

    List<Sanction> active() {
        return jdbc.sql("""
                        select reader_id, expires_at, reason, decided_by, decided_at from comment_sanction
                        where expires_at is null or expires_at > now() order by decided_at desc""")
                .query(Sanctions::sanction).list();
    }

    /** A null expiry bans; a later decision replaces an earlier one. */
    void impose(long readerId, Instant expiresAt, String reason, String decidedBy) {
        jdbc.sql("""
                        insert into comment_sanction (reader_id, expires_at, reason, decided_by) values (:reader, :expires, :reason, :by)
                        on conflict (reader_id) do update set expires_at = excluded.expires_at, reason = excluded.reason,
                                                              decided_by = excluded.decided_by, decided_at = now()""")
                .param("reader", readerId)
                .param("expires", expiresAt == null ? null : Timestamp.from(expiresAt), java.sql.Types.TIMESTAMP)
                .param("reason", reason)
                .param("by", decidedBy)
                .update();
    }

    boolean lift(long readerId) {
        return jdbc.sql("delete from comment_sanction where reader_id = :reader").param("reader", readerId).update() == 1;
    }

    private static Sanction sanction(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp expires = rs.getTimestamp("expires_at");
        return new Sanction(rs.getLong("reader_id"), expires == null ? null : expires.toInstant(), rs.getString("reason"),
                rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant());
    }
}
