package news.broadsheet.alert.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import news.broadsheet.alert.internal.Tally.Outcome;
import news.broadsheet.alert.internal.push.PushClient;
import news.broadsheet.alert.internal.push.PushOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Sends one alert to a batch of subscriptions. The calling thread encrypts the messages one after another
 * and hands each to the push client without waiting for its answer; answers are counted as they come, on
 * the thread that reads them, so no thread waits per message in flight. The semaphores are shared by every
 * batch on this node: the node has at most {@link #IN_FLIGHT} messages waiting on push services, which bounds
 * the memory they hold, and at most {@link #IN_FLIGHT_PER_PUSH_SERVICE} of them waiting on
 * any one push service, so one that stops answering slows only its own subscribers while the others'
 * messages keep going: a message for a push service without room is put aside until the rest are sent.
 */
@Component
class FanOut {

    /**
     * A push service on the internet answers in tens of milliseconds, and messages in flight divided by that
     * time is the most a node can send to it: 1,000 at 50 ms is 20,000 a second, a million in under a minute.
     */
    static final int IN_FLIGHT_PER_PUSH_SERVICE = 1_000;
    static final int IN_FLIGHT = 2 * IN_FLIGHT_PER_PUSH_SERVICE;
    /** How long a node that is stopping waits for the answers to messages already sent (each has 15 s). */
    private static final Duration ANSWERS_WHEN_STOPPING = Duration.ofSeconds(20);
    private static final Logger log = LoggerFactory.getLogger(FanOut.class);

    private final PushClient push;
    private final Subscriptions subscriptions;
    private final Semaphore inFlight;
    private final int inFlightPerPushService;
    /**
     * Forgets push services not used for an hour, so endpoints on ever new hosts cannot grow it without end;
     * its upkeep runs on the sending thread rather than as a task handed to another.
     */
    private final Cache<String, Semaphore> inFlightByPushService = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1)).executor(Runnable::run).build();

    @Autowired
    FanOut(PushClient push, Subscriptions subscriptions) {
        this(push, subscriptions, IN_FLIGHT, IN_FLIGHT_PER_PUSH_SERVICE);
    }

    /** With other limits on the messages in flight, for tests that fill them. */
    FanOut(PushClient push, Subscriptions subscriptions, int inFlight, int inFlightPerPushService) {
        this.push = push;
        this.subscriptions = subscriptions;
        this.inFlight = new Semaphore(inFlight);
        this.inFlightPerPushService = inFlightPerPushService;
    }

    /**
     * Returns when every message has its outcome in the tally. If the thread is interrupted (the node is
     * stopping), messages not yet sent, and those whose answer did not come in time, are counted as to be
     * tried again, and the interrupt is kept for the caller.
     */
    Tally send(Alert alert, List<Recipient> recipients) {
        return send(Outgoing.of(alert), recipients);
    }

    /** Sends any message, as {@link #send(Alert, List)} sends an alert's. */
    Tally send(Outgoing outgoing, List<Recipient> recipients) {
        long[] subscriptionIds = new long[recipients.size()];
        List<Delivery> deliveries = new ArrayList<>(recipients.size());
        for (Recipient recipient : recipients) {
            subscriptionIds[deliveries.size()] = recipient.subscriptionId();
            deliveries.add(new Delivery(deliveries.size(), recipient, inFlightByPushService.get(
                    recipient.target().origin(), origin -> new Semaphore(inFlightPerPushService))));
        }
        Batch batch = new Batch(outgoing, new Tally(subscriptionIds), recipients.size());
        boolean stopping = false;
        try {
            sendAll(batch, deliveries);
            batch.answered.await();
        } catch (InterruptedException interrupted) {
            stopping = true;
            retryWhatIsLeft(batch, deliveries);
        }
        // One statement for the batch, not one per 410: a push service that drops many subscriptions at once
        // would otherwise start as many deletes at once.
        long[] gone = batch.tally.goneIds();
        if (gone.length > 0) {
            subscriptions.remove(gone);
        }
        if (stopping) {
            Thread.currentThread().interrupt();
        }
        return batch.tally;
    }

    private void sendAll(Batch batch, List<Delivery> deliveries) throws InterruptedException {
        List<Delivery> putAside = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            if (delivery.pushService.tryAcquire()) {
                start(batch, delivery, false);
            } else {
                putAside.add(delivery);
            }
        }
        for (Delivery delivery : putAside) {
            delivery.pushService.acquire();
            start(batch, delivery, false);
        }
    }

    /** Counts the messages never sent, and those still unanswered after a short wait, as to be tried again. */
    private static void retryWhatIsLeft(Batch batch, List<Delivery> deliveries) {
        deliveries.stream().filter(delivery -> !delivery.started)
                .forEach(delivery -> batch.settle(delivery, Outcome.RETRY_LATER, null));
        awaitAnswersWhileStopping(batch);
        deliveries.forEach(delivery -> batch.settle(delivery, Outcome.RETRY_LATER, null));
    }

    private static void awaitAnswersWhileStopping(Batch batch) {
        long deadline = System.nanoTime() + ANSWERS_WHEN_STOPPING.toNanos();
        while (batch.answered.getCount() > 0 && deadline - System.nanoTime() > 0) {
            try {
                batch.answered.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException again) {
                // Still stopping; the answers already on their way are worth the short wait.
            }
        }
    }

    /**
     * Sends the message, holding one permit of its push service's room (taken by the caller) and one of the
     * node's, both given back with the answer; {@code trimmed}: the shorter message, after a 413. Throws only if
     * interrupted before the message left.
     */
    private void start(Batch batch, Delivery delivery, boolean trimmed) throws InterruptedException {
        Semaphore pushService = delivery.pushService;
        try {
            inFlight.acquire();
        } catch (InterruptedException interrupted) {
            pushService.release();
            throw interrupted;
        }
        delivery.started = true;
        CompletableFuture<PushOutcome> answer;
        try {
            AlertMessage message = batch.outgoing.message();
            answer = push.send(delivery.recipient.target(), trimmed ? message.trimmedPayload() : message.payload(),
                    batch.outgoing.ttl(), batch.outgoing.urgency(), message.topic());
        } catch (InterruptedException interrupted) {
            // Stopped while opening a connection: the message did not leave.
            delivery.started = false;
            inFlight.release();
            pushService.release();
            throw interrupted;
        } catch (GeneralSecurityException | RuntimeException unsendable) {
            inFlight.release();
            pushService.release();
            failed(batch, delivery, unsendable);
            return;
        }
        answer.whenComplete((outcome, failure) -> {
            inFlight.release();
            pushService.release();
            if (failure != null) {
                failed(batch, delivery, failure);
            } else {
                answered(batch, delivery, trimmed, outcome);
            }
        });
    }

    private static void failed(Batch batch, Delivery delivery, Throwable cause) {
        if (cause instanceof GeneralSecurityException) {
            log.warn("{}: subscription {} has keys that cannot be encrypted for", batch.outgoing.name(),
                    delivery.subscriptionId(), cause);
        } else {
            log.warn("{}: sending to subscription {} failed", batch.outgoing.name(), delivery.subscriptionId(), cause);
        }
        batch.settle(delivery, Outcome.FAILED, null);
    }

    /**
     * Runs where the answer was read, usually the push connections' event loop, so anything slow goes
     * elsewhere: a 413's shorter message is encrypted on a virtual thread, and the subscriptions found gone
     * are deleted by the batch once every answer is in.
     */
    private void answered(Batch batch, Delivery delivery, boolean trimmed, PushOutcome outcome) {
        switch (outcome.kind()) {
            case DELIVERED -> batch.settle(delivery, Outcome.DELIVERED, null);
            case RETRY_LATER -> batch.settle(delivery, Outcome.RETRY_LATER, outcome.retryAfter());
            case GONE -> batch.settle(delivery, Outcome.GONE, null);
            case TOO_LARGE -> {
                if (!trimmed) {
                    Thread.ofVirtual().name("alert-trimmed").start(() -> sendTrimmed(batch, delivery));
                } else {
                    refused(batch, delivery, outcome);
                }
            }
            case REFUSED -> refused(batch, delivery, outcome);
        }
    }

    private void sendTrimmed(Batch batch, Delivery delivery) {
        try {
            delivery.pushService.acquire();
            start(batch, delivery, true);
        } catch (InterruptedException stopping) {
            batch.settle(delivery, Outcome.RETRY_LATER, null);
        }
    }

    private static void refused(Batch batch, Delivery delivery, PushOutcome outcome) {
        log.warn("{}: the push service of subscription {} refused it with status {}",
                batch.outgoing.name(), delivery.subscriptionId(), outcome.status());
        batch.settle(delivery, Outcome.FAILED, null);
    }

    /**
     * One message for every recipient of a batch, and how push services are to treat it: {@code name} says in
     * the log what it is.
     */
    record Outgoing(String name, AlertMessage message, Duration ttl, PushClient.Urgency urgency) {

        static Outgoing of(Alert alert) {
            return new Outgoing("Alert " + alert.id(), AlertMessage.of(alert), alert.ttl(), alert.urgency());
        }
    }

    /** One batch's message and figures, and the count of messages still without an outcome. */
    private record Batch(Outgoing outgoing, Tally tally, CountDownLatch answered) {

        Batch(Outgoing outgoing, Tally tally, int recipients) {
            this(outgoing, tally, new CountDownLatch(recipients));
        }

        /** Records the delivery's outcome, unless it already has one: each message is counted exactly once. */
        void settle(Delivery delivery, Outcome outcome, Duration retryAfter) {
            if (tally.record(delivery.index, outcome, retryAfter)) {
                answered.countDown();
            }
        }
    }

    /** One recipient's message on its way, and the room at its push service that it needs. */
    private static final class Delivery {

        /** Its place in the batch, and in the batch's tally. */
        private final int index;
        private final Recipient recipient;
        private final Semaphore pushService;
        private volatile boolean started;

        Delivery(int index, Recipient recipient, Semaphore pushService) {
            this.index = index;
            this.recipient = recipient;
            this.pushService = pushService;
        }

        long subscriptionId() {
            return recipient.subscriptionId();
        }
    }
}
