package news.broadsheet.alert.internal.push;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

/**
 * Delivers encrypted messages to push services (RFC 8030) over one HTTP/2 client, so each push service is
 * reached through a few reused connections. One VAPID token per push-service origin is signed and reused
 * until an hour before it expires, not one per message.
 */
public final class PushClient {

    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofHours(1);
    private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final HttpClient http;
    private final WebPushEncryption encryption;
    private final VapidKeys vapid;
    private final Clock clock;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger tokensSigned = new AtomicInteger();
    private final Set<String> contacted = ConcurrentHashMap.newKeySet();
    private final Map<String, Lock> firstContact = new ConcurrentHashMap<>();

    /** A signed token and the Authorization header that carries it, made once for all its messages. */
    private record Token(String authorization, Instant expiry) {
    }

    public PushClient(WebPushEncryption encryption, VapidKeys vapid, Clock clock) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_2)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        this.encryption = encryption;
        this.vapid = vapid;
        this.clock = clock;
    }

    /**
     * Encrypts and sends one message. {@code ttl} is how long the push service may keep it for an offline
     * browser; {@code topic}, if given, lets a newer message replace an undelivered older one.
     */
    public PushOutcome send(PushTarget target, byte[] plaintext, Duration ttl, Urgency urgency, String topic)
            throws GeneralSecurityException, InterruptedException {
        byte[] body = encryption.encrypt(plaintext, target.p256dh(), target.auth());
        HttpRequest.Builder request = HttpRequest.newBuilder(target.endpoint())
                .timeout(Duration.ofSeconds(15))
                .header("TTL", Long.toString(ttl.toSeconds()))
                .header("Urgency", urgency.headerValue())
                .header("Content-Encoding", "aes128gcm")
                .header("Content-Type", "application/octet-stream")
                .header("Authorization", authorizationFor(target.origin()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (topic != null) {
            if (!TOPIC.matcher(topic).matches()) {
                throw new IllegalArgumentException("A push topic is 1 to 32 URL-safe base64 characters");
            }
            request.header("Topic", topic);
        }
        try {
            HttpResponse<Void> response = exchange(target.origin(), request.build());
            return PushOutcome.of(response.statusCode(), retryAfter(response));
        } catch (IOException unreachable) {
            return PushOutcome.unreachable();
        }
    }

    /**
     * The HTTP client opens a new connection for every request to an origin it has no connection to yet, so
     * the first few hundred concurrent messages of a fan-out would each make their own TLS handshake with
     * the same push service. The first message to each origin therefore goes alone; the others wait for it
     * and then share its connection. A push service that fails that first message is not waited for again.
     */
    private HttpResponse<Void> exchange(String origin, HttpRequest request) throws IOException, InterruptedException {
        if (!contacted.contains(origin)) {
            Lock first = firstContact.computeIfAbsent(origin, key -> new ReentrantLock());
            first.lockInterruptibly();
            try {
                if (!contacted.contains(origin)) {
                    return http.send(request, HttpResponse.BodyHandlers.discarding());
                }
            } finally {
                contacted.add(origin);
                first.unlock();
            }
        }
        return http.send(request, HttpResponse.BodyHandlers.discarding());
    }

    private String authorizationFor(String origin) throws GeneralSecurityException {
        Instant now = clock.instant();
        Token token = tokens.get(origin);
        if (token == null || now.isAfter(token.expiry().minus(RENEW_BEFORE_EXPIRY))) {
            Instant expiry = now.plus(VapidKeys.TOKEN_LIFETIME);
            token = new Token(vapid.authorization(vapid.token(origin, expiry)), expiry);
            tokens.put(origin, token);
            tokensSigned.incrementAndGet();
        }
        return token.authorization();
    }

    /** How many VAPID tokens this client has signed, for the check that messages reuse them. */
    int tokensSigned() {
        return tokensSigned.get();
    }

    private Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(value -> {
            try {
                return Duration.ofSeconds(Long.parseLong(value.strip()));
            } catch (NumberFormatException notSeconds) {
                try {
                    Instant at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                    Duration wait = Duration.between(clock.instant(), at);
                    return wait.isNegative() ? Duration.ZERO : wait;
                } catch (DateTimeParseException unreadable) {
                    return null;
                }
            }
        }).orElse(null);
    }

    /** How urgently the browser should be woken (RFC 8030 §5.3). */
    public enum Urgency {
        VERY_LOW("very-low"), LOW("low"), NORMAL("normal"), HIGH("high");

        private final String headerValue;

        Urgency(String headerValue) {
            this.headerValue = headerValue;
        }

        String headerValue() {
            return headerValue;
        }
    }
}
