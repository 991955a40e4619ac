package news.broadsheet.alert.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * What became of one batch's messages, filled in concurrently by the threads that read the answers: one slot
 * per recipient, in the batch's order, so recording an outcome allocates nothing.
 */
final class Tally {

    enum Outcome {
        /** A push service accepted the message. */
        DELIVERED,
        /** The push service asked us to come back, or could not be reached. */
        RETRY_LATER,
        /** Refused for good, or unsendable: not tried again. */
        FAILED,
        /** The push service says the subscription is gone for good (404/410): it is to be deleted. */
        GONE
    }

    private static final int NONE = -1;

    private final long[] subscriptionIds;
    private final AtomicIntegerArray outcomes;
    private final AtomicInteger longestWaitMillis = new AtomicInteger();

    /** {@code subscriptionIds}: the batch's recipients, in the order their outcomes are recorded by. */
    Tally(long[] subscriptionIds) {
        this.subscriptionIds = subscriptionIds;
        this.outcomes = new AtomicIntegerArray(subscriptionIds.length);
        for (int i = 0; i < subscriptionIds.length; i++) {
            outcomes.setPlain(i, NONE);
        }
    }

    /** How many subscriptions the batch found to send to. */
    int total() {
        return subscriptionIds.length;
    }

    /**
     * Records the outcome of the {@code recipient}-th message, unless it already has one, and says whether it
     * did: each message is counted once. {@code retryAfter} is what the push service asked for, if anything.
     */
    boolean record(int recipient, Outcome outcome, Duration retryAfter) {
        if (!outcomes.compareAndSet(recipient, NONE, outcome.ordinal())) {
            return false;
        }
        if (retryAfter != null) {
            int millis = (int) Math.min(retryAfter.toMillis(), Integer.MAX_VALUE);
            longestWaitMillis.accumulateAndGet(millis, Math::max);
        }
        return true;
    }

    long[] deliveredIds() {
        return idsWith(Outcome.DELIVERED);
    }

    long[] retryIds() {
        return idsWith(Outcome.RETRY_LATER);
    }

    long[] goneIds() {
        return idsWith(Outcome.GONE);
    }

    int deliveredCount() {
        return count(Outcome.DELIVERED);
    }

    int failedCount() {
        return count(Outcome.FAILED);
    }

    int prunedCount() {
        return count(Outcome.GONE);
    }

    /** The longest Retry-After any push service gave for this batch, zero if none gave one. */
    Duration longestRetryAfter() {
        return Duration.ofMillis(longestWaitMillis.get());
    }

    private long[] idsWith(Outcome wanted) {
        long[] ids = new long[count(wanted)];
        int found = 0;
        for (int i = 0; i < subscriptionIds.length; i++) {
            if (is(i, wanted)) {
                ids[found++] = subscriptionIds[i];
            }
        }
        return ids;
    }

    private int count(Outcome wanted) {
        int count = 0;
        for (int i = 0; i < subscriptionIds.length; i++) {
            if (is(i, wanted)) {
                count++;
            }
        }
        return count;
    }

    private boolean is(int recipient, Outcome wanted) {
        return outcomes.get(recipient) == wanted.ordinal();
    }
}
