package news.broadsheet.alert.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.net.URI;
import java.security.interfaces.ECPublicKey;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import news.broadsheet.Eventually;
import news.broadsheet.IntegrationTest;
import news.broadsheet.alert.internal.push.P256;
import news.broadsheet.alert.internal.push.VapidKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Alerts sent by the jobs to real and stub push services, with the figures they leave behind. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertSendingIntegrationTest {

    @Autowired
    AlertDispatch dispatch;
    @Autowired
    AlertSender sender;
    @Autowired
    AlertBatches batches;
    @Autowired
    Alerts alerts;
    @Autowired
    Audience audience;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    VapidKeys vapid;
    @Autowired
    SchedulerClient jobs;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("alertBatchTask")
    OneTimeTask<BatchJob> batchTask;

    private IndependentPushService pushService;

    @BeforeAll
    void startPushService() throws Exception {
        pushService = IndependentPushService.start();
    }

    @AfterAll
    void stopPushService() throws InterruptedException {
        if (pushService != null) {
            pushService.close();
        }
    }

    @Test
    void everySubscriberOfTheTopicGetsTheAlertOnceDecryptedAndTheFiguresAddUp() throws Exception {
        String topic = uniqueTopic();
        List<IndependentPushService.Subscriber> subscribers = subscribeAtPushService(5, topic);
        long otherTopic = subscriptions.save(request(URI.create("http://localhost:9/push/" + UUID.randomUUID()),
                "breaking-elsewhere"));

        Alert alert = sendAndWait(topic, "Talks in Sochi end – «little progress»");

        for (IndependentPushService.Subscriber subscriber : subscribers) {
            List<JsonNode> received = pushService.received(subscriber);
            assertThat(received).hasSize(1);
            JsonNode message = received.getFirst();
            assertThat(message.path("title").asString()).isEqualTo("Talks in Sochi end – «little progress»");
            assertThat(message.path("url").asString()).isEqualTo("/alerts/" + alert.id() + "/open?to=%2Farticles%2Fsochi-talks");
            assertThat(message.path("tag").asString()).isEqualTo("alert-" + alert.id());
        }
        assertThat(alert.queued()).isEqualTo(5);
        assertThat(alert.sent()).isEqualTo(5);
        assertThat(alert.failed() + alert.pruned()).isZero();
        assertThat(alert.startedAt()).isNotNull();
        assertThat(alert.finishedAt()).isAfterOrEqualTo(alert.startedAt());
        assertThat(subscriptions.byEndpoint(subscribers.getFirst().target().endpoint())).get()
                .satisfies(reached -> assertThat(reached.lastSuccess()).isBetween(alert.startedAt(), alert.finishedAt()));
        subscriptions.remove(otherTopic);
    }

    @Test
    void aSubscriptionThePushServiceSaysIsGoneIsPrunedAtOnce() throws Exception {
        String topic = uniqueTopic();
        List<IndependentPushService.Subscriber> subscribers = subscribeAtPushService(3, topic);
        pushService.expire(subscribers.getFirst());

        Alert alert = sendAndWait(topic, "Expired browsers are forgotten");

        assertThat(alert.queued()).isEqualTo(3);
        assertThat(alert.sent()).isEqualTo(2);
        assertThat(alert.pruned()).isEqualTo(1);
        assertThat(subscriptions.byEndpoint(subscribers.getFirst().target().endpoint())).isEmpty();
        assertThat(subscriptions.byEndpoint(subscribers.get(1).target().endpoint())).get()
                .satisfies(reached -> assertThat(reached.lastSuccess()).isNotNull());
        assertThat(jdbc.sql("""
                        select count(*) from push_success_block, unnest(stamps) with ordinality as entry (stamp, slot)
                        where entry.stamp is not null and block * 64 + entry.slot - 1 not in (select id from push_subscription)""")
                .query(Long.class).single()).as("success stamps of deleted subscriptions").isZero();
    }

    @Test
    void eachDeliveryIsStampedOnItsOwnSubscriptionAndForgottenWithIt() throws Exception {
        String topic = uniqueTopic();
        List<String> endpoints = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            endpoints.add("http://localhost:9/push/" + UUID.randomUUID());
            ids.add(subscriptions.save(request(URI.create(endpoints.getLast()), topic)));
        }
        // Of three subscriptions in a row, two share a row of stamps, whichever ids they were given.
        int first = ids.get(0) / 64 == ids.get(1) / 64 ? 0 : 1;
        int second = first + 1;
        int neverReached = first == 0 ? 2 : 0;

        audience.delivered(new long[] {ids.get(first)});
        Instant firstStamp = subscriptions.byEndpoint(endpoints.get(first)).orElseThrow().lastSuccess();
        audience.delivered(new long[] {ids.get(second)});

        assertThat(firstStamp).isNotNull();
        assertThat(subscriptions.byEndpoint(endpoints.get(first)).orElseThrow().lastSuccess()).isEqualTo(firstStamp);
        assertThat(subscriptions.byEndpoint(endpoints.get(second)).orElseThrow().lastSuccess()).isNotNull();
        assertThat(subscriptions.byEndpoint(endpoints.get(neverReached)).orElseThrow().lastSuccess()).isNull();

        subscriptions.remove(ids.get(second));
        assertThat(stampOf(ids.get(second))).as("stamp of a deleted subscription").isNull();
        assertThat(subscriptions.byEndpoint(endpoints.get(first)).orElseThrow().lastSuccess()).isEqualTo(firstStamp);

        subscriptions.remove(ids.get(first), ids.get(neverReached));
        assertThat(stampOf(ids.get(first))).as("stamp of a deleted subscription").isNull();
        assertThat(jdbc.sql("""
                        select count(*) from push_success_block
                        where not exists (select 1 from unnest(stamps) as stamp where stamp is not null)""")
                .query(Long.class).single()).as("rows of stamps with none left").isZero();
    }

    @Test
    void aRowOfStampsWhoseSubscriptionsAllGotTheAlertIsWrittenWholeAndALaterPartialOneKeepsTheRest() throws Exception {
        String topic = uniqueTopic();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 2 * 64; i++) {
            ids.add(subscriptions.save(request(URI.create("http://localhost:9/push/" + UUID.randomUUID()), topic)));
        }
        long block = ids.stream().filter(id -> id % 64 == 0).findFirst().orElseThrow() / 64;
        long[] wholeRow = ids.stream().filter(id -> id / 64 == block).mapToLong(Long::longValue).toArray();
        assertThat(wholeRow).as("subscriptions of one row").hasSize(64);

        audience.delivered(wholeRow);
        Instant first = stampOf(wholeRow[0]);
        assertThat(first).isNotNull();
        assertThat(Arrays.stream(wholeRow).mapToObj(this::stampOf)).as("stamps of the whole row").containsOnly(first);

        Thread.sleep(5);
        audience.delivered(wholeRow);
        Instant second = stampOf(wholeRow[0]);
        assertThat(second).isAfter(first);
        assertThat(Arrays.stream(wholeRow).mapToObj(this::stampOf)).as("stamps of the row written again").containsOnly(second);

        Thread.sleep(5);
        audience.delivered(new long[] {wholeRow[7]});
        assertThat(stampOf(wholeRow[7])).isAfter(second);
        assertThat(Arrays.stream(wholeRow).filter(id -> id != wholeRow[7]).mapToObj(this::stampOf))
                .as("stamps of the rest of the row").containsOnly(second);

        subscriptions.remove(ids.stream().mapToLong(Long::longValue).toArray());
        assertThat(jdbc.sql("select count(*) from push_success_block where block = :block").param("block", block)
                .query(Long.class).single()).as("the row of stamps once its subscriptions are gone").isZero();
    }

    /** The subscription's entry in its row of stamps; {@code null} also when there is no row. */
    private Instant stampOf(long subscriptionId) {
        List<Timestamp> stamps = jdbc.sql("select stamps[:id % 64 + 1] from push_success_block where block = :id / 64")
                .param("id", subscriptionId)
                .query((rs, row) -> rs.getTimestamp(1))
                .list();
        return stamps.isEmpty() || stamps.getFirst() == null ? null : stamps.getFirst().toInstant();
    }

    @Test
    void aPushServiceAskingUsToComeBackLaterIsRetriedAfterItsRetryAfter() throws Exception {
        try (StubPushService stub = new StubPushService(request -> request == 1 ? 429 : 201)) {
            String topic = uniqueTopic();
            subscriptions.save(request(URI.create(stub.endpoint("busy")), topic));

            Alert alert = sendAndWait(topic, "Retried politely");

            assertThat(stub.requests()).hasSize(2);
            assertThat(Duration.between(stub.requests().get(0), stub.requests().get(1))).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
            assertThat(alert.sent()).isEqualTo(1);
            assertThat(alert.queued()).isEqualTo(1);
            assertThat(alert.failed()).isZero();
        }
    }

    @Test
    void aPushServiceThatStaysUnavailableIsTriedThreeTimesThenCountedFailed() throws Exception {
        try (StubPushService stub = new StubPushService(request -> 503)) {
            String topic = uniqueTopic();
            subscriptions.save(request(URI.create(stub.endpoint("down")), topic));

            Alert alert = sendAndWait(topic, "Never delivered");

            assertThat(stub.requests()).hasSize(AlertSender.MAX_ATTEMPTS);
            assertThat(alert.failed()).isEqualTo(1);
            assertThat(alert.queued()).isEqualTo(1);
        }
    }

    @Test
    void aMessageThePushServiceFindsTooLargeIsTrimmedAndSentOnceMore() throws Exception {
        try (StubPushService stub = new StubPushService(request -> request == 1 ? 413 : 201)) {
            String topic = uniqueTopic();
            subscriptions.save(request(URI.create(stub.endpoint("small")), topic));

            Alert alert = sendAndWait(topic, "Trimmed", "A long paragraph. ".repeat(16));

            assertThat(stub.bodySizes()).hasSize(2);
            assertThat(stub.bodySizes().get(1)).isLessThan(stub.bodySizes().get(0));
            assertThat(alert.sent()).isEqualTo(1);
        }
    }

    @Test
    void aPushServiceRefusingTheMessageCountsItFailedWithoutRetrying() throws Exception {
        try (StubPushService stub = new StubPushService(request -> 400)) {
            String topic = uniqueTopic();
            subscriptions.save(request(URI.create(stub.endpoint("refuses")), topic));

            Alert alert = sendAndWait(topic, "Refused");

            assertThat(alert.failed()).isEqualTo(1);
            assertThat(alert.sent()).isZero();
            assertThat(subscriptions.byEndpoint(stub.endpoint("refuses")).orElseThrow().lastSuccess()).isNull();
            Thread.sleep(1_500);
            assertThat(stub.requests()).hasSize(1);
        }
    }

    @Test
    void aBatchRunAgainAfterANodeDiedMidBatchSendsAtMostTwiceAndIsCountedOnce() throws Exception {
        String topic = uniqueTopic();
        List<IndependentPushService.Subscriber> subscribers = subscribeAtPushService(3, topic);
        long id = alerts.create(new NewAlert("Sent again after a crash", "", "/articles/sochi-talks", null, "uk",
                List.of(topic), Instant.now(), "test"));
        batches.start(alerts.find(id).orElseThrow(), audience.ranges(alerts.find(id).orElseThrow(), AlertSender.BATCH_SIZE));
        BatchJob job = batches.undoneRanges(id).getFirst();

        sender.deliver(job);
        sender.runBatch(job, jobs);
        sender.runBatch(job, jobs);

        for (IndependentPushService.Subscriber subscriber : subscribers) {
            assertThat(pushService.received(subscriber)).hasSize(2);
        }
        Alert alert = alerts.find(id).orElseThrow();
        assertThat(alert.sent()).isEqualTo(3);
        assertThat(alert.status()).isEqualTo(AlertStatus.FINISHED);
    }

    @Test
    void aBatchClaimedByANodeThatDiedMidSendIsFinishedByAnotherOnceItsHeartbeatStops() throws Exception {
        String topic = uniqueTopic();
        List<IndependentPushService.Subscriber> subscribers = subscribeAtPushService(3, topic);
        long id = alerts.create(new NewAlert("Finished by a living node", "", "/articles/sochi-talks", null, "uk",
                List.of(topic), Instant.now(), "test"));
        batches.start(alerts.find(id).orElseThrow(), audience.ranges(alerts.find(id).orElseThrow(), AlertSender.BATCH_SIZE));
        BatchJob job = batches.undoneRanges(id).getFirst();
        // A node picked the batch, sent every message and died before recording anything: its claim on the job
        // stays in the table, and its heartbeat stops.
        jobs.scheduleIfNotExists(AlertSender.BATCH.instance(job.key()).data(job).scheduledTo(Instant.now().plusSeconds(3_600)));
        assertThat(jdbc.sql("""
                        update scheduled_tasks set picked = true, picked_by = 'node-that-died', execution_time = now(),
                               last_heartbeat = now() - interval '1 minute',
                               version = version + 1
                        where task_name = 'alert-batch' and task_instance = :key""")
                .param("key", job.key()).update()).isEqualTo(1);
        sender.deliver(job);

        // A living node that notices missed heartbeats within seconds rather than db-scheduler's default half hour.
        Scheduler living = Scheduler.create(dataSource, batchTask).heartbeatInterval(Duration.ofMillis(500))
                .missedHeartbeatsLimit(4).pollingInterval(Duration.ofSeconds(1)).threads(1).build();
        try {
            living.start();
            Eventually.within(Duration.ofSeconds(30), "another node finishes the alert",
                    () -> alerts.find(id).orElseThrow().status() == AlertStatus.FINISHED);
        } finally {
            living.stop();
        }

        for (IndependentPushService.Subscriber subscriber : subscribers) {
            assertThat(pushService.received(subscriber)).hasSize(2);
        }
        Alert alert = alerts.find(id).orElseThrow();
        assertThat(alert.sent()).isEqualTo(3);
        assertThat(alert.queued()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_instance = :key").param("key", job.key())
                .query(Long.class).single()).isZero();
    }

    private Alert sendAndWait(String topic, String title) throws InterruptedException {
        return sendAndWait(topic, title, "But talks appeared to provide little.");
    }

    private Alert sendAndWait(String topic, String title, String body) throws InterruptedException {
        long id = dispatch.send(new NewAlert(title, body.strip(), "/articles/sochi-talks", null, "uk", List.of(topic),
                Instant.now(), "test"), true);
        Instant deadline = Instant.now().plusSeconds(45);
        while (Instant.now().isBefore(deadline)) {
            Alert alert = alerts.find(id).orElseThrow();
            if (alert.status() == AlertStatus.FINISHED) {
                return alert;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Alert " + id + " did not finish: " + alerts.find(id).orElseThrow());
    }

    private List<IndependentPushService.Subscriber> subscribeAtPushService(int count, String topic) throws Exception {
        List<IndependentPushService.Subscriber> subscribers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            IndependentPushService.Subscriber subscriber = pushService.subscribe(vapid.publicKey());
            subscriptions.save(new SubscriptionRequest(subscriber.target().uri(), subscriber.target().p256dh(),
                    subscriber.target().auth(), "uk", List.of(topic)));
            subscribers.add(subscriber);
        }
        return subscribers;
    }

    private static SubscriptionRequest request(URI endpoint, String topic) throws Exception {
        byte[] key = P256.encode((ECPublicKey) P256.generate(null).getPublic());
        return new SubscriptionRequest(endpoint, key, new byte[16], "uk", List.of(topic));
    }

    /** Each test alerts its own topic, so subscriptions other tests leave behind are not in its audience. */
    private static String uniqueTopic() {
        return "section:test-" + UUID.randomUUID();
    }
}
