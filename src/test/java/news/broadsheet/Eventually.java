package news.broadsheet;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Waits for something that happens asynchronously: a cache dropped after a cluster signal, a scheduled job
 * run by db-scheduler's poller.
 */
public final class Eventually {

    private Eventually() {
    }

    /** Checks every 200 ms until the condition holds; fails with the message if it does not within the time. */
    public static void within(Duration timeout, String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + timeout + ": " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting: " + what, e);
            }
        }
    }
}
