package news.broadsheet.alert.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import news.broadsheet.alert.internal.push.PushClient;
import news.broadsheet.alert.internal.push.PushOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends one alert to a batch of subscriptions at once, a virtual thread per message. The semaphores are
 * shared by every batch on this node: the node has at most {@link #IN_FLIGHT} messages waiting on push
 * services, so a slow push service cannot exhaust its sockets, and at most {@link #IN_FLIGHT_PER_PUSH_SERVICE}
 * of them waiting on any one push service, so one that stops answering slows only its own subscribers while
 * the others' messages keep going.
 */
@Component
class FanOut {

    static final int IN_FLIGHT = 200;
    static final int IN_FLIGHT_PER_PUSH_SERVICE = IN_FLIGHT / 2;
    private static final Logger log = LoggerFactory.getLogger(FanOut.class);

    private final PushClient push;
    private final Subscriptions subscriptions;
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
    /** Forgets push services not used for an hour, so endpoints on ever new hosts cannot grow it without end. */
    private final Cache<String, Semaphore> inFlightByPushService = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1)).build();

    FanOut(PushClient push, Subscriptions subscriptions) {
        this.push = push;
        this.subscriptions = subscriptions;
    }

    Tally send(Alert alert, List<Recipient> recipients) throws InterruptedException {
        AlertMessage message = AlertMessage.of(alert);
        Tally tally = new Tally(recipients.size());
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Recipient recipient : recipients) {
                Semaphore pushService = inFlightByPushService.get(recipient.target().origin(),
                        origin -> new Semaphore(IN_FLIGHT_PER_PUSH_SERVICE));
                threads.submit(() -> deliverWhenThereIsRoom(alert, message, recipient, tally, pushService));
            }
        }
        return tally;
    }

    private void deliverWhenThereIsRoom(Alert alert, AlertMessage message, Recipient recipient, Tally tally,
                                        Semaphore pushService) {
        try {
            pushService.acquire();
            try {
                inFlight.acquire();
                try {
                    deliver(alert, message, recipient, tally);
                } finally {
                    inFlight.release();
                }
            } finally {
                pushService.release();
            }
        } catch (InterruptedException stopping) {
            // The node is shutting down: the message was not sent, so it is tried again with the others that were not.
            tally.retryLater(recipient.subscriptionId(), null);
            Thread.currentThread().interrupt();
        }
    }

    private void deliver(Alert alert, AlertMessage message, Recipient recipient, Tally tally) {
        try {
            PushOutcome outcome = send(alert, message.payload(), message.topic(), recipient);
            if (outcome.kind() == PushOutcome.Kind.TOO_LARGE) {
                outcome = send(alert, message.trimmedPayload(), message.topic(), recipient);
            }
            switch (outcome.kind()) {
                case DELIVERED -> tally.delivered(recipient.subscriptionId());
                case GONE -> {
                    subscriptions.remove(recipient.subscriptionId());
                    tally.pruned();
                }
                case RETRY_LATER -> tally.retryLater(recipient.subscriptionId(), outcome.retryAfter());
                case TOO_LARGE, REFUSED -> {
                    log.warn("Alert {}: the push service of subscription {} refused it with status {}",
                            alert.id(), recipient.subscriptionId(), outcome.status());
                    tally.failed();
                }
            }
        } catch (GeneralSecurityException unusableKeys) {
            log.warn("Alert {}: subscription {} has keys that cannot be encrypted for", alert.id(),
                    recipient.subscriptionId(), unusableKeys);
            tally.failed();
        } catch (InterruptedException stopping) {
            // The node is shutting down: the message was not sent, so it is tried again with the others that were not.
            tally.retryLater(recipient.subscriptionId(), null);
            Thread.currentThread().interrupt();
        } catch (RuntimeException unexpected) {
            log.warn("Alert {}: sending to subscription {} failed", alert.id(), recipient.subscriptionId(), unexpected);
            tally.failed();
        }
    }

    private PushOutcome send(Alert alert, byte[] payload, String topic, Recipient recipient)
            throws GeneralSecurityException, InterruptedException {
        return push.send(recipient.target(), payload, alert.ttl(), alert.urgency(), topic);
    }
}
