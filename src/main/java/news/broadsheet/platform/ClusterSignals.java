package news.broadsheet.platform;

import java.util.function.Consumer;

/**
 * Tells every node of the cluster that something happened (PostgreSQL NOTIFY), so caches held in memory on
 * each node stay true when several nodes run behind one proxy.
 */
public interface ClusterSignals {

    /** Sends the signal to every node, this one included, once the current transaction (if any) commits. */
    void signal(String channel, String payload);

    /** Calls the listener on this node for each signal on the channel, from any node. */
    void subscribe(String channel, Consumer<String> listener);
}
