package news.broadsheet.platform;

import java.time.Duration;

/**
 * Counts actions per key in fixed windows, in PostgreSQL, so a limit holds across all nodes: ten login
 * attempts per account per quarter hour are ten however many nodes the attempts reach.
 */
public interface RateLimits {

    /** Counts one more action under the key and says whether it is within {@code limit} per {@code window}. */
    boolean tryAcquire(String key, int limit, Duration window);
}
