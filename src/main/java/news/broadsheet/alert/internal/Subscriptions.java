package news.broadsheet.alert.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import news.broadsheet.alert.internal.push.PushTarget;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The browsers that agreed to receive alerts, keyed by their push endpoint. */
@Repository
class Subscriptions {

    /** {@code lastSuccess}: when a push service last accepted a message for it, if ever. */
    record Stored(long id, PushTarget target, String edition, List<String> topics, Instant lastSuccess) {
    }

    private final JdbcClient jdbc;

    Subscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the subscription, or changes its keys, edition and topics if the endpoint is known. */
    long save(SubscriptionRequest request) {
        return jdbc.sql("""
                        insert into push_subscription (endpoint, p256dh, auth, edition_code, topics)
                        values (:endpoint, :p256dh, :auth, :edition, :topics)
                        on conflict (endpoint) do update set p256dh = excluded.p256dh, auth = excluded.auth,
                            edition_code = excluded.edition_code, topics = excluded.topics
                        returning id""")
                .param("endpoint", request.endpoint().toString())
                .param("p256dh", request.p256dh())
                .param("auth", request.auth())
                .param("edition", request.edition())
                .param("topics", request.topics().toArray(String[]::new))
                .query(Long.class).single();
    }

    Optional<Stored> byEndpoint(String endpoint) {
        return jdbc.sql("""
                        select id, endpoint, p256dh, auth, edition_code, topics, success.stamps[id % 64 + 1] as last_success_at
                        from push_subscription left join push_success_block success on success.block = id / 64
                        where endpoint = :endpoint""")
                .param("endpoint", endpoint)
                .query((rs, row) -> new Stored(rs.getLong("id"),
                        new PushTarget(rs.getString("endpoint"), rs.getBytes("p256dh"), rs.getBytes("auth")),
                        rs.getString("edition_code"), List.of((String[]) rs.getArray("topics").getArray()),
                        Optional.ofNullable(rs.getTimestamp("last_success_at")).map(Timestamp::toInstant).orElse(null)))
                .optional();
    }

    boolean removeByEndpoint(String endpoint) {
        return jdbc.sql("delete from push_subscription where endpoint = :endpoint").param("endpoint", endpoint).update() > 0;
    }

    /** Deletes the subscriptions in one statement, as a batch does with those its push services said are gone. */
    void remove(long... ids) {
        jdbc.sql("delete from push_subscription where id = any(:ids)").param("ids", ids).update();
    }
}
