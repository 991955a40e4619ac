package news.broadsheet.reader.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import news.broadsheet.reader.ReaderProfile;
import news.broadsheet.reader.ReaderRelations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows and mutes in {@code reader_follow} and {@code reader_mute}. A change locks the acting reader's row,
 * so two follows sent at once cannot both slip under {@link #MAX_FOLLOWED}, nor a follow and a mute of the
 * same reader leave both rows behind.
 */
@Component
class JdbcReaderRelations implements ReaderRelations {

    private final JdbcClient jdbc;

    JdbcReaderRelations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public Change follow(long followerId, long followedId) {
        Change refused = refusal(followerId, followedId);
        if (refused != null) {
            return refused;
        }
        if (isMuting(followerId, followedId)) {
            return Change.REFUSED_MUTED;
        }
        if (isFollowing(followerId, followedId)) {
            return Change.DONE;
        }
        int following = jdbc.sql("select count(*) from reader_follow where follower_id = :id")
                .param("id", followerId).query(Integer.class).single();
        if (following >= MAX_FOLLOWED) {
            return Change.REFUSED_TOO_MANY;
        }
        jdbc.sql("insert into reader_follow (follower_id, followed_id) values (:follower, :followed) on conflict do nothing")
                .param("follower", followerId).param("followed", followedId).update();
        return Change.DONE;
    }

    @Override
    public void unfollow(long followerId, long followedId) {
        jdbc.sql("delete from reader_follow where follower_id = :follower and followed_id = :followed")
                .param("follower", followerId).param("followed", followedId).update();
    }

    @Override
    public boolean isFollowing(long followerId, long followedId) {
        return jdbc.sql("select exists (select 1 from reader_follow where follower_id = :follower and followed_id = :followed)")
                .param("follower", followerId).param("followed", followedId).query(Boolean.class).single();
    }

    @Override
    public Set<Long> followersOf(long readerId) {
        return ids("select follower_id from reader_follow where followed_id = :id", readerId);
    }

    @Override
    public Set<Long> followedBy(long readerId) {
        return ids("select followed_id from reader_follow where follower_id = :id", readerId);
    }

    @Override
    @Transactional
    public Change mute(long readerId, long mutedId) {
        Change refused = refusal(readerId, mutedId);
        if (refused != null) {
            return refused;
        }
        unfollow(readerId, mutedId);
        jdbc.sql("insert into reader_mute (reader_id, muted_id) values (:reader, :muted) on conflict do nothing")
                .param("reader", readerId).param("muted", mutedId).update();
        return Change.DONE;
    }

    @Override
    public void unmute(long readerId, long mutedId) {
        jdbc.sql("delete from reader_mute where reader_id = :reader and muted_id = :muted")
                .param("reader", readerId).param("muted", mutedId).update();
    }

    @Override
    public boolean isMuting(long readerId, long mutedId) {
        return jdbc.sql("select exists (select 1 from reader_mute where reader_id = :reader and muted_id = :muted)")
                .param("reader", readerId).param("muted", mutedId).query(Boolean.class).single();
    }

    @Override
    public Set<Long> mutedBy(long readerId) {
        return ids("select muted_id from reader_mute where reader_id = :id", readerId);
    }

    @Override
    public Set<Long> mutersOf(long readerId) {
        return ids("select reader_id from reader_mute where muted_id = :id", readerId);
    }

    /** The readers this one follows, by name, for the account page and the data download. */
    List<ReaderProfile> followedProfiles(long readerId) {
        return profiles("select r.* from reader_follow f join reader r on r.id = f.followed_id where f.follower_id = :id", readerId);
    }

    /** The readers this one muted, by name. */
    List<ReaderProfile> mutedProfiles(long readerId) {
        return profiles("select r.* from reader_mute m join reader r on r.id = m.muted_id where m.reader_id = :id", readerId);
    }

    private List<ReaderProfile> profiles(String sql, long readerId) {
        return jdbc.sql(sql + " order by lower(r.display_name), r.id").param("id", readerId)
                .query((row, number) -> new ReaderProfile(row.getLong("id"), row.getString("handle"),
                        row.getString("display_name"), row.getString("bio"),
                        row.getTimestamp("joined_at").toInstant()))
                .list();
    }

    /**
     * Refuses an action on oneself or on a reader who is not (or not yet) confirmed, and otherwise locks the
     * acting reader's row for the rest of the transaction.
     */
    private Change refusal(long readerId, long otherId) {
        if (readerId == otherId) {
            return Change.REFUSED_SELF;
        }
        boolean otherExists = jdbc.sql("select exists (select 1 from reader where id = :id and verified_at is not null)")
                .param("id", otherId).query(Boolean.class).single();
        if (!otherExists) {
            return Change.UNKNOWN_READER;
        }
        jdbc.sql("select id from reader where id = :id for update").param("id", readerId).query(Long.class).optional();
        return null;
    }

    private Set<Long> ids(String sql, long readerId) {
        return new LinkedHashSet<>(jdbc.sql(sql).param("id", readerId).query(Long.class).list());
    }
}
