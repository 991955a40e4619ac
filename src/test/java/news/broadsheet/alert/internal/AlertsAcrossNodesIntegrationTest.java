package news.broadsheet.alert.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import news.broadsheet.BroadsheetApplication;
import news.broadsheet.Eventually;
import news.broadsheet.IntegrationTest;
import news.broadsheet.alert.internal.push.VapidKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Two nodes of Broadsheet on one database, as in production: the test's application and a second one
 * started beside it, each with its own job poller. Alerts scheduled on one are sent once between them.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertsAcrossNodesIntegrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    AlertDispatch dispatch;
    @Autowired
    Alerts alerts;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    VapidKeys vapid;
    @Autowired
    JdbcClient jdbc;

    private IndependentPushService pushService;
    private ConfigurableApplicationContext secondNode;

    @BeforeAll
    void startPushServiceAndSecondNode() throws Exception {
        pushService = IndependentPushService.start();
        HikariDataSource database = (HikariDataSource) dataSource;
        secondNode = new SpringApplicationBuilder(BroadsheetApplication.class).properties(
                "spring.datasource.url=" + database.getJdbcUrl(),
                "spring.datasource.username=" + database.getUsername(),
                "spring.datasource.hikari.maximum-pool-size=8",
                "server.port=0",
                "broadsheet.demo.enabled=false",
                "broadsheet.alerts.allow-plain-http=true",
                "broadsheet.alerts.push-service-hosts=localhost").run();
    }

    @AfterAll
    void stopPushServiceAndSecondNode() throws InterruptedException {
        if (secondNode != null) {
            secondNode.close();
        }
        if (pushService != null) {
            pushService.close();
        }
    }

    @Test
    void alertsScheduledOnOneNodeAreSentOnceBetweenTwoNodes() throws Exception {
        assertThat(secondNode.getBean(VapidKeys.class).publicKey()).isEqualTo(vapid.publicKey());
        String topic = "section:test-" + UUID.randomUUID();
        List<IndependentPushService.Subscriber> readers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            IndependentPushService.Subscriber reader = pushService.subscribe(vapid.publicKey());
            subscriptions.save(new SubscriptionRequest(reader.target().uri(), reader.target().p256dh(),
                    reader.target().auth(), "uk", List.of(topic)));
            readers.add(reader);
        }
        // Several alerts due at one moment, so both nodes' pollers find due jobs at once and compete for them.
        Instant due = Instant.now().plusSeconds(3);
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            ids.add(dispatch.send(new NewAlert("Scheduled across nodes " + i, "", "/articles/sochi-talks", null, "uk",
                    List.of(topic), due, "test"), false));
        }

        for (long id : ids) {
            Eventually.within(Duration.ofSeconds(60), "alert " + id + " finishes",
                    () -> alerts.find(id).orElseThrow().status() == AlertStatus.FINISHED);
        }
        // Both pollers have had another turn at the table: nothing is sent twice after the fact.
        Thread.sleep(6_000);

        for (long id : ids) {
            Alert alert = alerts.find(id).orElseThrow();
            assertThat(alert.sent()).as("alert %d", id).isEqualTo(readers.size());
            assertThat(alert.queued()).as("alert %d", id).isEqualTo(readers.size());
            assertThat(alert.startedAt()).isAfterOrEqualTo(due.minusSeconds(1));
            for (IndependentPushService.Subscriber reader : readers) {
                List<JsonNode> received = pushService.received(reader).stream()
                        .filter(message -> message.path("tag").asString().equals("alert-" + id)).toList();
                assertThat(received).as("alert %d to one reader", id).hasSize(1);
            }
            assertThat(jdbc.sql("""
                            select count(*) from scheduled_tasks
                            where (task_name = 'alert-plan' and task_instance = :id) or task_instance like :id || '-%'""")
                    .param("id", String.valueOf(id)).query(Long.class).single()).as("jobs left of alert %d", id).isZero();
        }
    }
}
