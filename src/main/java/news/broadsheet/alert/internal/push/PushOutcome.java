package news.broadsheet.alert.internal.push;

import java.time.Duration;

/**
 * What a push service said about one message (RFC 8030 §5 and §8.4): delivered; the subscription is gone
 * for good (404/410: delete it now); too large (413: trim and retry once); try again later (429, 5xx,
 * honouring Retry-After); or refused for another reason (other 4xx: log and drop, never retry).
 */
public record PushOutcome(Kind kind, int status, Duration retryAfter) {

    public enum Kind { DELIVERED, GONE, TOO_LARGE, RETRY_LATER, REFUSED }

    static PushOutcome of(int status, Duration retryAfter) {
        Kind kind;
        if (status == 201 || status == 202 || status == 200) {
            kind = Kind.DELIVERED;
        } else if (status == 404 || status == 410) {
            kind = Kind.GONE;
        } else if (status == 413) {
            kind = Kind.TOO_LARGE;
        } else if (status == 429 || status >= 500) {
            kind = Kind.RETRY_LATER;
        } else {
            kind = Kind.REFUSED;
        }
        return new PushOutcome(kind, status, retryAfter);
    }

    static PushOutcome unreachable() {
        return new PushOutcome(Kind.RETRY_LATER, 0, null);
    }
}
