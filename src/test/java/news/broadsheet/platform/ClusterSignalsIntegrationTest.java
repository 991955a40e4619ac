package news.broadsheet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import news.broadsheet.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class ClusterSignalsIntegrationTest {

    private static final String PROBE = "probe";

    @Autowired
    ClusterSignals signals;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aSignalReachesSubscribersThroughPostgres() throws InterruptedException {
        BlockingQueue<String> received = listeningTo("test_channel");

        signals.signal("test_channel", "hello");

        assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo("hello");
    }

    @Test
    void aSignalInsideATransactionThatRollsBackIsNeverSent() throws InterruptedException {
        BlockingQueue<String> received = listeningTo("rollback_channel");

        transaction.executeWithoutResult(status -> {
            signals.signal("rollback_channel", "never");
            status.setRollbackOnly();
        });
        signals.signal("rollback_channel", "after");

        assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo("after");
    }

    /** Subscribes, then probes until the listener connection has picked the new channel up. */
    private BlockingQueue<String> listeningTo(String channel) throws InterruptedException {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        signals.subscribe(channel, payload -> {
            if (!payload.isEmpty()) {
                received.add(payload);
            }
        });
        for (int attempt = 0; attempt < 50; attempt++) {
            signals.signal(channel, PROBE);
            if (PROBE.equals(received.poll(200, TimeUnit.MILLISECONDS))) {
                Thread.sleep(300);
                received.clear();
                return received;
            }
        }
        throw new AssertionError("the channel " + channel + " never became active");
    }
}
