package news.broadsheet.alert.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Sends alerts as jobs in PostgreSQL (db-scheduler), shared by every node. The "alert-plan" job splits an
 * alert's audience into batches of {@link #BATCH_SIZE} subscriptions and schedules one "alert-batch" job per
 * batch; any node may run any batch.
 *
 * <p>Delivery guarantee: a batch marks itself done in the transaction that records its figures, and a
 * batch found done sends nothing, so in a normal run each subscriber gets an alert once. If a node dies
 * after sending a batch but before that transaction commits, db-scheduler runs the batch again on another
 * node, so a subscriber gets the alert at most twice after a crash. The alert's tag and Topic header let
 * the browser and push service show only one of the two.
 */
@Component
class AlertSender {

    static final TaskDescriptor<Long> PLAN = TaskDescriptor.of("alert-plan", Long.class);
    static final TaskDescriptor<BatchJob> BATCH = TaskDescriptor.of("alert-batch", BatchJob.class);
    static final int BATCH_SIZE = 2_000;
    /** The first try and two retries; after that the message counts as failed. */
    static final int MAX_ATTEMPTS = 3;
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(10);

    private final Alerts alerts;
    private final Audience audience;
    private final AlertBatches batches;
    private final FanOut fanOut;
    private final Clock clock;

    AlertSender(Alerts alerts, Audience audience, AlertBatches batches, FanOut fanOut) {
        this.alerts = alerts;
        this.audience = audience;
        this.batches = batches;
        this.fanOut = fanOut;
        this.clock = Clock.systemUTC();
    }

    /** Starts the alert and schedules its batches; safe to run again, as after a crash, since it only adds what is missing. */
    void plan(long alertId, SchedulerClient jobs) {
        Optional<Alert> alert = alerts.find(alertId);
        if (alert.isEmpty() || alert.get().status() == AlertStatus.CANCELLED) {
            return;
        }
        if (alert.get().status() == AlertStatus.QUEUED) {
            batches.start(alert.get(), audience.ranges(alert.get(), BATCH_SIZE));
        }
        for (BatchJob job : batches.undoneRanges(alertId)) {
            jobs.scheduleIfNotExists(BATCH.instance(job.key()).data(job).scheduledTo(clock.instant()));
        }
    }

    void runBatch(BatchJob job, SchedulerClient jobs) {
        if (batches.isDone(job)) {
            return;
        }
        Tally tally = deliver(job);
        int loaded = tally.total();
        int givenUp = 0;
        long[] again = tally.retryIds();
        if (again.length > 0 && job.attempt() < MAX_ATTEMPTS) {
            BatchJob retry = job.retry(again);
            batches.addRetry(retry);
            jobs.scheduleIfNotExists(BATCH.instance(retry.key()).data(retry)
                    .scheduledTo(clock.instant().plus(wait(tally.longestRetryAfter(), retry.attempt()))));
        } else {
            givenUp = again.length;
        }
        batches.complete(job, loaded, tally, givenUp);
    }

    /** Sends the batch's messages without recording anything: what a node does before it can die mid-batch. */
    Tally deliver(BatchJob job) {
        Alert alert = alerts.find(job.alertId()).orElseThrow();
        List<Recipient> recipients = job.isRetry()
                ? audience.byIds(job.retryIds())
                : audience.inRange(alert, job.fromId(), job.toId());
        return fanOut.send(alert, recipients);
    }

    /** What the push service asked for, if it asked; otherwise backing off: 5 s before the second try, 15 s before the third. */
    static Duration wait(Duration retryAfter, int attempt) {
        if (retryAfter.isPositive()) {
            return retryAfter.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : retryAfter;
        }
        return Duration.ofSeconds(5L * (long) Math.pow(3, attempt - 2));
    }
}
