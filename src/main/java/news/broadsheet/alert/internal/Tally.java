package news.broadsheet.alert.internal;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** What became of one batch's messages, filled in concurrently by the threads sending them. */
final class Tally {

    private final int recipients;
    private final Queue<Long> delivered = new ConcurrentLinkedQueue<>();
    private final Queue<Long> retry = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failed = new AtomicInteger();
    private final Queue<Long> gone = new ConcurrentLinkedQueue<>();
    private final AtomicInteger longestWaitMillis = new AtomicInteger();

    Tally(int recipients) {
        this.recipients = recipients;
    }

    /** How many subscriptions the batch found to send to. */
    int total() {
        return recipients;
    }

    void delivered(long subscriptionId) {
        delivered.add(subscriptionId);
    }

    void failed() {
        failed.incrementAndGet();
    }

    /** The push service says the subscription is gone for good (404/410): it is to be deleted. */
    void gone(long subscriptionId) {
        gone.add(subscriptionId);
    }

    /** The push service asked us to come back; {@code retryAfter} is what it asked for, if anything. */
    void retryLater(long subscriptionId, Duration retryAfter) {
        retry.add(subscriptionId);
        if (retryAfter != null) {
            int millis = (int) Math.min(retryAfter.toMillis(), Integer.MAX_VALUE);
            longestWaitMillis.accumulateAndGet(millis, Math::max);
        }
    }

    List<Long> deliveredIds() {
        return List.copyOf(delivered);
    }

    long[] retryIds() {
        return retry.stream().mapToLong(Long::longValue).toArray();
    }

    int failedCount() {
        return failed.get();
    }

    long[] goneIds() {
        return gone.stream().mapToLong(Long::longValue).toArray();
    }

    int prunedCount() {
        return gone.size();
    }

    /** The longest Retry-After any push service gave for this batch, zero if none gave one. */
    Duration longestRetryAfter() {
        return Duration.ofMillis(longestWaitMillis.get());
    }
}
