package news.broadsheet.alert.internal;

import java.io.Serial;
import java.io.Serializable;

/**
 * The data of one "alert-batch" job: either the alert's subscriptions with ids in [fromId, toId), or, for a
 * retry, the subscriptions whose push services asked us to come back. {@code key} is also the job's
 * instance id, so the same batch can never be scheduled twice at once.
 */
record BatchJob(long alertId, String key, long fromId, long toId, long[] retryIds, int attempt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static BatchJob range(long alertId, int batchNo, long fromId, long toId) {
        return new BatchJob(alertId, alertId + "-" + batchNo, fromId, toId, null, 1);
    }

    BatchJob retry(long[] subscriptionIds) {
        String base = isRetry() ? key.substring(0, key.lastIndexOf("-retry")) : key;
        return new BatchJob(alertId, base + "-retry" + (attempt + 1), 0, 0, subscriptionIds, attempt + 1);
    }

    boolean isRetry() {
        return retryIds != null;
    }

}
