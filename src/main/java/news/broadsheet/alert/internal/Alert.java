package news.broadsheet.alert.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import news.broadsheet.alert.internal.push.PushClient;

/**
 * A breaking-news alert as stored: what it says, who it goes to, and how its sending went. {@code automatic}:
 * sent by itself when an article tagged "breaking" was published, not composed by an editor.
 */
public record Alert(
        long id,
        String title,
        String body,
        String url,
        String imageUrl,
        String edition,
        List<String> topics,
        PushClient.Urgency urgency,
        Duration ttl,
        AlertStatus status,
        int queued,
        int sent,
        int failed,
        int pruned,
        long clicks,
        String createdBy,
        Instant createdAt,
        Instant scheduledFor,
        Instant startedAt,
        Instant finishedAt,
        boolean automatic) {

    /** Messages that have had their answer from a push service, whatever it was. */
    public int done() {
        return sent + failed + pruned;
    }

    /** Messages handed to push services per second since sending started, up to now or the finish. */
    public long ratePerSecond(Instant now) {
        if (startedAt == null) {
            return 0;
        }
        Duration elapsed = Duration.between(startedAt, finishedAt != null ? finishedAt : now);
        return Math.round(done() * 1000.0 / Math.max(elapsed.toMillis(), 1));
    }
}
