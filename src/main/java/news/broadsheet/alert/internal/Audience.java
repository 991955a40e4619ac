package news.broadsheet.alert.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import news.broadsheet.alert.internal.push.PushTarget;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The subscriptions an alert goes to: those of its edition that chose at least one of its topics. Read in
 * ranges of subscription ids so that each batch of the fan-out is one indexed query.
 */
@Repository
class Audience {

    /** Subscriptions whose last-success stamps share one row of push_success_block. */
    private static final int STAMPS_PER_ROW = 64;
    private static final String MATCHES = "edition_code = :edition and topics && cast(:topics as text[])";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    Audience(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    record Range(long fromId, long toId, int size) {
    }

    /** Splits the audience into consecutive id ranges of at most {@code batchSize} subscriptions each. */
    List<Range> ranges(Alert alert, int batchSize) {
        return jdbc.sql("""
                        select first_id, lead(first_id, 1, :unbounded) over (order by first_id) as next_id, size
                        from (select min(id) as first_id, count(*) as size
                              from (select id, (row_number() over (order by id) - 1) / :batchSize as batch_no
                                    from push_subscription where %s) numbered
                              group by batch_no) batches
                        order by first_id""".formatted(MATCHES))
                .param("unbounded", Long.MAX_VALUE)
                .param("batchSize", batchSize)
                .param("edition", alert.edition())
                .param("topics", alert.topics().toArray(String[]::new))
                .query((rs, row) -> new Range(rs.getLong("first_id"), rs.getLong("next_id"), rs.getInt("size")))
                .list();
    }

    /**
     * The batch's subscriptions, read with a plan made for its own range. After a few runs of one statement
     * PostgreSQL may switch to a plan made for any range, which cannot tell 2,000 ids from a million: with
     * every subscriber in the alert's topics, it chose to combine the range with the whole topics index, read
     * again for every batch, and a million subscribers cost 35 s of database CPU instead of 5.
     */
    List<Recipient> inRange(Alert alert, long fromId, long toId) {
        return transaction.execute(status -> {
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
            PushTarget.Reader targets = new PushTarget.Reader();
            return jdbc.sql("select id, endpoint, p256dh, auth from push_subscription where " + MATCHES
                            + " and id >= :from and id < :to order by id")
                    .param("edition", alert.edition())
                    .param("topics", alert.topics().toArray(String[]::new))
                    .param("from", fromId)
                    .param("to", toId)
                    .query((rs, row) -> recipient(rs, targets)).list();
        });
    }

    List<Recipient> byIds(long[] ids) {
        PushTarget.Reader targets = new PushTarget.Reader();
        return jdbc.sql("select id, endpoint, p256dh, auth from push_subscription where id = any(:ids) order by id")
                .param("ids", ids)
                .query((rs, row) -> recipient(rs, targets)).list();
    }

    /** Whether a browser of the reader chose alerts about replies to their comments. */
    boolean wantsReplies(long readerId) {
        return jdbc.sql("select exists (select 1 from push_subscription where reader_id = :reader and :replies = any(topics))")
                .param("reader", readerId)
                .param("replies", AlertTopics.REPLIES)
                .query(Boolean.class).single();
    }

    /**
     * The reader's subscriptions that chose alerts about replies to their comments; with {@code onlyIds}, only
     * those among them.
     */
    List<Recipient> repliesTo(long readerId, long[] onlyIds) {
        PushTarget.Reader targets = new PushTarget.Reader();
        JdbcClient.StatementSpec query = jdbc.sql("""
                        select id, endpoint, p256dh, auth from push_subscription
                        where reader_id = :reader and :replies = any(topics)%s order by id"""
                        .formatted(onlyIds == null ? "" : " and id = any(:ids)"))
                .param("reader", readerId)
                .param("replies", AlertTopics.REPLIES);
        if (onlyIds != null) {
            query = query.param("ids", onlyIds);
        }
        return query.query((rs, row) -> recipient(rs, targets)).list();
    }

    /**
     * Notes the deliveries of one batch in one statement, not one per message: an entry in the row of each 64
     * neighbouring subscriptions (see the V86 migration). Each row's entries come as a bit mask, so building a
     * row's 64 entries tests one bit each rather than searching a list of slots; a row whose 64 subscriptions
     * all got the alert, as most rows of a batch do, is written whole without reading what it held. The rows
     * are written in the order of their blocks, so concurrent batches, and deletions, that share a row wait for
     * each other rather than deadlock.
     */
    void delivered(long[] ids) {
        if (ids.length == 0) {
            return;
        }
        long[] sorted = ids.clone();
        Arrays.sort(sorted);
        long[] blocks = new long[sorted.length];
        long[] masks = new long[sorted.length];
        int rows = 0;
        for (long id : sorted) {
            long block = id / STAMPS_PER_ROW;
            if (rows == 0 || blocks[rows - 1] != block) {
                blocks[rows++] = block;
            }
            masks[rows - 1] |= 1L << (id % STAMPS_PER_ROW);
        }
        jdbc.sql("""
                        insert into push_success_block (block, stamps)
                        select delivered.block,
                               case when delivered.mask = -1 then array_fill(now(), array[64])
                                    else array(select case when delivered.mask & (1::bigint << slot) <> 0 then now() end
                                               from generate_series(0, 63) as slot order by slot) end
                        from unnest(cast(:blocks as bigint[]), cast(:masks as bigint[])) as delivered (block, mask)
                        order by delivered.block
                        on conflict (block) do update set stamps = case
                            when array_position(excluded.stamps, null) is null then excluded.stamps
                            else array(select coalesce(entry.fresh, entry.stamp)
                                       from unnest(push_success_block.stamps, excluded.stamps) with ordinality as entry (stamp, fresh, slot)
                                       order by entry.slot) end""")
                .param("blocks", Arrays.copyOf(blocks, rows))
                .param("masks", Arrays.copyOf(masks, rows))
                .update();
    }

    private static Recipient recipient(ResultSet rs, PushTarget.Reader targets) throws SQLException {
        return new Recipient(rs.getLong("id"),
                targets.target(rs.getString("endpoint"), rs.getBytes("p256dh"), rs.getBytes("auth")));
    }
}
