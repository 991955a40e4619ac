package news.broadsheet.alert.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The batches of each alert's fan-out and the alert's figures, changed together: a batch's outcome is
 * counted in the same transaction that marks it done, so it is counted once however often it runs.
 */
@Repository
class AlertBatches {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Audience audience;

    AlertBatches(JdbcClient jdbc, TransactionTemplate transaction, Audience audience) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.audience = audience;
    }

    /** Records the alert's batches and starts it; does nothing if it was already started or called off. */
    void start(Alert alert, List<Audience.Range> ranges) {
        transaction.executeWithoutResult(status -> {
            int started = jdbc.sql("update alert set status = 'sending', started_at = now(), queued = :queued where id = :id and status = 'queued'")
                    .param("id", alert.id())
                    .param("queued", ranges.stream().mapToInt(Audience.Range::size).sum())
                    .update();
            if (started == 0) {
                return;
            }
            // One statement for all of them: a million subscribers make 500 batches.
            String[] keys = new String[ranges.size()];
            int[] expected = new int[ranges.size()];
            long[] from = new long[ranges.size()];
            long[] to = new long[ranges.size()];
            for (int batchNo = 0; batchNo < ranges.size(); batchNo++) {
                Audience.Range range = ranges.get(batchNo);
                keys[batchNo] = BatchJob.range(alert.id(), batchNo, range.fromId(), range.toId()).key();
                expected[batchNo] = range.size();
                from[batchNo] = range.fromId();
                to[batchNo] = range.toId();
            }
            jdbc.sql("""
                            insert into alert_batch (alert_id, batch_key, expected, from_id, to_id)
                            select :alert, key, expected, from_id, to_id
                            from unnest(cast(:keys as text[]), cast(:expected as int[]), cast(:from as bigint[]),
                                        cast(:to as bigint[])) as batch (key, expected, from_id, to_id)""")
                    .param("alert", alert.id()).param("keys", keys).param("expected", expected)
                    .param("from", from).param("to", to)
                    .update();
            finishIfAllDone(alert.id());
        });
    }

    /** The range batches of the alert not yet done: what its plan must (re)schedule. */
    List<BatchJob> undoneRanges(long alertId) {
        return jdbc.sql("""
                        select batch_key, from_id, to_id from alert_batch
                        where alert_id = :alert and done_at is null and from_id is not null order by from_id""")
                .param("alert", alertId)
                .query((rs, row) -> new BatchJob(alertId, rs.getString("batch_key"), rs.getLong("from_id"),
                        rs.getLong("to_id"), null, 1))
                .list();
    }

    boolean isDone(BatchJob job) {
        return jdbc.sql("select count(*) from alert_batch where alert_id = :alert and batch_key = :key and done_at is not null")
                .param("alert", job.alertId()).param("key", job.key())
                .query(Long.class).single() > 0;
    }

    /** Records a retry batch, before its job is scheduled, so the alert does not finish without it. */
    void addRetry(BatchJob retry) {
        jdbc.sql("insert into alert_batch (alert_id, batch_key, expected) values (:alert, :key, :expected) on conflict do nothing")
                .param("alert", retry.alertId()).param("key", retry.key()).param("expected", retry.retryIds().length)
                .update();
    }

    /**
     * Marks the batch done and adds its figures to the alert, in one UPDATE of the alert. {@code loaded} is
     * how many subscriptions the batch found; the difference from what was planned (readers who subscribed
     * or unsubscribed meanwhile) corrects the queued figure so that the figures keep adding up. Messages
     * handed to a retry batch are counted when that batch completes; {@code givenUp} are those out of tries.
     */
    void complete(BatchJob job, int loaded, Tally tally, int givenUp) {
        transaction.executeWithoutResult(status -> {
            // The deliveries are stamped before the alert row is locked, so that the lock, which makes
            // concurrent batches of one alert complete one after another, is held only for a few small
            // statements. Batches stamp different subscriptions, so they do not wait on each other here.
            audience.delivered(tally.deliveredIds());
            // Locking the alert row makes the last of its batches to complete see all the others done and
            // finish the alert.
            jdbc.sql("select id from alert where id = :id for update").param("id", job.alertId()).query(Long.class).single();
            Integer expected = jdbc.sql("""
                            update alert_batch set done_at = now()
                            where alert_id = :alert and batch_key = :key and done_at is null
                            returning expected""")
                    .param("alert", job.alertId()).param("key", job.key())
                    .query(Integer.class).optional().orElse(null);
            if (expected == null) {
                return;
            }
            jdbc.sql("""
                            update alert set queued = queued + :loaded - :expected, sent = sent + :sent,
                                failed = failed + :failed, pruned = pruned + :pruned
                            where id = :id""")
                    .param("id", job.alertId())
                    .param("expected", expected)
                    .param("loaded", loaded)
                    .param("sent", tally.deliveredCount())
                    .param("failed", tally.failedCount() + givenUp)
                    .param("pruned", tally.prunedCount())
                    .update();
            finishIfAllDone(job.alertId());
        });
    }

    private void finishIfAllDone(long alertId) {
        jdbc.sql("""
                        update alert set status = 'finished', finished_at = now()
                        where id = :id and status = 'sending'
                          and not exists (select 1 from alert_batch where alert_id = :id and done_at is null)""")
                .param("id", alertId)
                .update();
    }
}
