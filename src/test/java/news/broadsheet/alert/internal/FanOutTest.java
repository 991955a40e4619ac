package news.broadsheet.alert.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import news.broadsheet.alert.internal.push.P256;
import news.broadsheet.alert.internal.push.PushClient;
import news.broadsheet.alert.internal.push.PushTarget;
import news.broadsheet.alert.internal.push.VapidKeys;
import news.broadsheet.alert.internal.push.WebPushEncryption;
import org.junit.jupiter.api.Test;

/** How one batch's messages share the node's room for messages in flight. */
class FanOutTest {

    /** Limits a test fills with a few hundred messages; the node's own are ten times larger. */
    private static final int IN_FLIGHT_PER_PUSH_SERVICE = 100;
    private static final int IN_FLIGHT = 2 * IN_FLIGHT_PER_PUSH_SERVICE;

    @Test
    void aPushServiceThatStopsAnsweringHoldsUpOnlyItsOwnSubscribers() throws Exception {
        CountDownLatch answerAgain = new CountDownLatch(1);
        AtomicInteger waitingAtTheSilentService = new AtomicInteger();
        HttpServer silent = server(exchange -> {
            waitingAtTheSilentService.incrementAndGet();
            answerAgain.await(30, TimeUnit.SECONDS);
        });
        AtomicInteger deliveredElsewhere = new AtomicInteger();
        HttpServer answering = server(exchange -> deliveredElsewhere.incrementAndGet());
        List<Recipient> recipients = new ArrayList<>();
        for (long id = 1; id <= 300; id++) {
            recipients.add(recipient(id, silent));
        }
        for (long id = 301; id <= 350; id++) {
            recipients.add(recipient(id, answering));
        }
        VapidKeys vapid = new VapidKeys(P256.generate(null), "mailto:alerts@example.com");
        try (PushClient push = new PushClient(new WebPushEncryption(null), vapid, Clock.systemUTC())) {
            FanOut fanOut = new FanOut(push, null, IN_FLIGHT, IN_FLIGHT_PER_PUSH_SERVICE);

            Future<Tally> sending = Executors.newVirtualThreadPerTaskExecutor().submit(() -> fanOut.send(alert(), recipients));

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (deliveredElsewhere.get() < 50 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(deliveredElsewhere).as("messages to the push service that answers").hasValue(50);
            assertThat(waitingAtTheSilentService.get()).as("messages waiting on the silent one")
                    .isLessThanOrEqualTo(IN_FLIGHT_PER_PUSH_SERVICE);
            assertThat(sending).isNotDone();

            answerAgain.countDown();
            Tally tally = sending.get(60, TimeUnit.SECONDS);
            assertThat(tally.total()).isEqualTo(350);
            assertThat(tally.failedCount()).isZero();
            assertThat(tally.retryIds()).isEmpty();
        } finally {
            answerAgain.countDown();
            silent.stop(0);
            answering.stop(0);
        }
    }

    @Test
    void aNodeThatStopsMidBatchCountsTheMessagesItDidNotSendAsToBeTriedAgain() throws Exception {
        CountDownLatch answerAgain = new CountDownLatch(1);
        AtomicInteger arrived = new AtomicInteger();
        HttpServer slow = server(exchange -> {
            arrived.incrementAndGet();
            answerAgain.await(30, TimeUnit.SECONDS);
        });
        List<Recipient> recipients = new ArrayList<>();
        for (long id = 1; id <= 300; id++) {
            recipients.add(recipient(id, slow));
        }
        VapidKeys vapid = new VapidKeys(P256.generate(null), "mailto:alerts@example.com");
        try (PushClient push = new PushClient(new WebPushEncryption(null), vapid, Clock.systemUTC())) {
            FanOut fanOut = new FanOut(push, null, IN_FLIGHT, IN_FLIGHT_PER_PUSH_SERVICE);
            AtomicReference<Tally> tally = new AtomicReference<>();
            AtomicBoolean interruptKept = new AtomicBoolean();
            Thread sending = Thread.ofVirtual().start(() -> {
                tally.set(fanOut.send(alert(), recipients));
                interruptKept.set(Thread.currentThread().isInterrupted());
            });
            // The batch's thread parks only once its push service has no room left: 100 messages are on their way.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (sending.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }

            sending.interrupt();
            answerAgain.countDown();
            assertThat(sending.join(Duration.ofSeconds(30))).as("the batch returned").isTrue();

            assertThat(tally.get().deliveredIds()).as("sent before the stop, and answered").hasSize(IN_FLIGHT_PER_PUSH_SERVICE);
            assertThat(tally.get().retryIds()).as("never sent").hasSize(300 - IN_FLIGHT_PER_PUSH_SERVICE);
            assertThat(tally.get().failedCount()).isZero();
            assertThat(arrived).as("messages the push service received").hasValue(IN_FLIGHT_PER_PUSH_SERVICE);
            assertThat(interruptKept).isTrue();
        } finally {
            answerAgain.countDown();
            slow.stop(0);
        }
    }

    @FunctionalInterface
    private interface Behaviour {
        void before201(com.sun.net.httpserver.HttpExchange exchange) throws Exception;
    }

    /** A push service on loopback that does what it is told and then answers 201, each request on its own thread. */
    private static HttpServer server(Behaviour behaviour) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 1_000);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/push/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            try {
                behaviour.before201(exchange);
            } catch (Exception interrupted) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static Recipient recipient(long id, HttpServer pushService) throws Exception {
        byte[] auth = new byte[16];
        auth[0] = (byte) id;
        return new Recipient(id, new PushTarget(
                URI.create("http://localhost:" + pushService.getAddress().getPort() + "/push/" + id),
                P256.encode((ECPublicKey) P256.generate(null).getPublic()), auth));
    }

    private static Alert alert() {
        return new Alert(1, "Talks in Sochi end", "No date for the next round.", "/articles/sochi-talks", null,
                "uk", List.of("breaking"), PushClient.Urgency.HIGH, Duration.ofHours(1), AlertStatus.SENDING,
                0, 0, 0, 0, 0, "test", null, null, null, null, false);
    }
}
