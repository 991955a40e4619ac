package news.broadsheet.platform.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import news.broadsheet.platform.ClusterSignals;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * LISTEN/NOTIFY on one long-lived connection per node. A lost connection is re-opened; listeners are told
 * nothing in between, so they treat a reconnect like a signal on every channel (caches are simply cleared).
 */
@Component
class PostgresClusterSignals implements ClusterSignals, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PostgresClusterSignals.class);
    private static final Pattern CHANNEL = Pattern.compile("[a-z_]{1,60}");
    private static final int POLL_MILLIS = 500;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    private final Thread listenerThread;
    private volatile boolean running = true;

    PostgresClusterSignals(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.listenerThread = Thread.ofVirtual().name("cluster-signals").start(this::listenUntilStopped);
    }

    @Override
    public void signal(String channel, String payload) {
        jdbc.sql("select pg_notify(:channel, :payload)")
                .param("channel", checked(channel))
                .param("payload", payload)
                .query().singleValue();
    }

    @Override
    public void subscribe(String channel, Consumer<String> listener) {
        listeners.computeIfAbsent(checked(channel), c -> new CopyOnWriteArrayList<>()).add(listener);
    }

    private static String checked(String channel) {
        if (!CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("Channel names are lower-case letters and underscores: " + channel);
        }
        return channel;
    }

    private void listenUntilStopped() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                var listened = new java.util.HashSet<String>();
                deliverToAll("");
                while (running) {
                    listenToNewChannels(connection, listened);
                    PGNotification[] notifications = connection.unwrap(PGConnection.class).getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            deliver(notification.getName(), notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Cluster signal connection lost, reconnecting: {}", e.getMessage());
                    pause(Duration.ofSeconds(1));
                }
            }
        }
    }

    private void listenToNewChannels(Connection connection, java.util.Set<String> listened) throws SQLException {
        for (String channel : listeners.keySet()) {
            if (listened.add(channel)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + channel);
                }
            }
        }
    }

    private void deliverToAll(String payload) {
        listeners.keySet().forEach(channel -> deliver(channel, payload));
    }

    private void deliver(String channel, String payload) {
        for (Consumer<String> listener : listeners.getOrDefault(channel, List.of())) {
            try {
                listener.accept(payload);
            } catch (RuntimeException e) {
                log.error("Listener on channel {} failed", channel, e);
            }
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        running = false;
        listenerThread.join(Duration.ofSeconds(2));
    }
}
