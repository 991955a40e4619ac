package news.broadsheet.alert.internal;

import java.net.URI;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import news.broadsheet.alert.internal.push.PushTarget;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The browsers that agreed to receive alerts, keyed by their push endpoint. */
@Repository
class Subscriptions {

    /**
     * {@code lastSuccess}: when a push service last accepted a message for it, if ever; {@code readerId}: the
     * account it is tied to, if a signed-in reader saved it.
     */
    record Stored(long id, PushTarget target, String edition, List<String> topics, Instant lastSuccess, Long readerId) {
    }

    private final JdbcClient jdbc;

    Subscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds the subscription, or changes its keys, edition and topics if the endpoint is known; a subscription
     * tied to a reader's account stays tied.
     */
    long save(SubscriptionRequest request) {
        return save(request, null);
    }

    /** Saves the subscription as {@link #save} does, tied to the reader's account (and no longer to another's). */
    long saveFor(long readerId, SubscriptionRequest request) {
        return save(request, readerId);
    }

    private long save(SubscriptionRequest request, Long readerId) {
        return jdbc.sql("""
                        insert into push_subscription (endpoint, p256dh, auth, edition_code, topics, reader_id)
                        values (:endpoint, :p256dh, :auth, :edition, :topics, :reader)
                        on conflict (endpoint) do update set p256dh = excluded.p256dh, auth = excluded.auth,
                            edition_code = excluded.edition_code, topics = excluded.topics,
                            reader_id = coalesce(excluded.reader_id, push_subscription.reader_id)
                        returning id""")
                .param("endpoint", request.endpoint().toString())
                .param("p256dh", request.p256dh())
                .param("auth", request.auth())
                .param("edition", request.edition())
                .param("topics", request.topics().toArray(String[]::new))
                .param("reader", readerId, Types.BIGINT)
                .query(Long.class).single();
    }

    Optional<Stored> byEndpoint(String endpoint) {
        return jdbc.sql("""
                        select id, endpoint, p256dh, auth, edition_code, topics, reader_id,
                               success.stamps[id % 64 + 1] as last_success_at
                        from push_subscription left join push_success_block success on success.block = id / 64
                        where endpoint = :endpoint""")
                .param("endpoint", endpoint)
                .query((rs, row) -> new Stored(rs.getLong("id"),
                        new PushTarget(rs.getString("endpoint"), rs.getBytes("p256dh"), rs.getBytes("auth")),
                        rs.getString("edition_code"), List.of((String[]) rs.getArray("topics").getArray()),
                        Optional.ofNullable(rs.getTimestamp("last_success_at")).map(Timestamp::toInstant).orElse(null),
                        rs.getObject("reader_id", Long.class)))
                .optional();
    }

    boolean removeByEndpoint(String endpoint) {
        return jdbc.sql("delete from push_subscription where endpoint = :endpoint").param("endpoint", endpoint).update() > 0;
    }

    /** What "download my data" shows of the reader's subscriptions: each one's push service, not its keys. */
    record OfReader(String pushService, String edition, List<String> topics, Instant createdAt) {
    }

    List<OfReader> ofReader(long readerId) {
        return jdbc.sql("select endpoint, edition_code, topics, created_at from push_subscription where reader_id = :reader order by id")
                .param("reader", readerId)
                .query((rs, row) -> new OfReader(URI.create(rs.getString("endpoint")).getHost(),
                        rs.getString("edition_code"), List.of((String[]) rs.getArray("topics").getArray()),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /**
     * Unties the reader's subscriptions from their account, which is being deleted: the browsers keep the
     * alerts they chose but replies to the reader's comments, and one that chose nothing else is removed.
     */
    void untie(long readerId) {
        jdbc.sql("delete from push_subscription where reader_id = :reader and topics <@ array[cast(:replies as text)]")
                .param("reader", readerId).param("replies", AlertTopics.REPLIES).update();
        jdbc.sql("update push_subscription set reader_id = null, topics = array_remove(topics, :replies) where reader_id = :reader")
                .param("reader", readerId).param("replies", AlertTopics.REPLIES).update();
    }

    /** Deletes the subscriptions in one statement, as a batch does with those its push services said are gone. */
    void remove(long... ids) {
        jdbc.sql("delete from push_subscription where id = any(:ids)").param("ids", ids).update();
    }
}
