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
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;

/**
 * Delivers encrypted messages to push services (RFC 8030). Over {@code https} it speaks HTTP/2 through
 * {@link PushConnections}, a few reused connections per push service carrying many messages each; a push
 * service that does not offer HTTP/2, and a plain {@code http} endpoint (allowed only in tests and local
 * development), are reached through the JDK's HTTP client instead. One VAPID token per push-service origin is
 * signed and reused until an hour before it expires, not one per message.
 */
public final class PushClient implements AutoCloseable {

    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofHours(1);
    /** How long a push service has to answer a message before it counts as unreachable, to be tried later. */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(15);
    private static final int LONGEST_TOPIC = 32;

    private final PushConnections http2;
    private final HttpClient http;
    private final WebPushEncryption encryption;
    private final VapidKeys vapid;
    private final Clock clock;
    private final Duration answerTimeout;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final Map<String, HeadersInUse> headersByOrigin = new ConcurrentHashMap<>();
    private final AtomicInteger tokensSigned = new AtomicInteger();
    private final Set<String> withoutHttp2 = ConcurrentHashMap.newKeySet();
    private final Map<String, CompletableFuture<HttpResponse<Void>>> firstContacts = new ConcurrentHashMap<>();

    /** A signed token and the Authorization header that carries it, made once for all its messages. */
    private record Token(String authorization, Instant expiry) {
    }

    /**
     * The headers of the latest messages to one push service, and what they were made from: the messages of a
     * fan-out differ only in their path, so they share one {@link RequestHeaders}, which each connection
     * encodes once.
     */
    private record HeadersInUse(long ttlSeconds, Urgency urgency, String topic, int contentLength,
                                String authorization, RequestHeaders headers) {

        boolean fit(long ttlSeconds, Urgency urgency, String topic, int contentLength, String authorization) {
            return this.ttlSeconds == ttlSeconds && this.urgency == urgency && Objects.equals(this.topic, topic)
                    && this.contentLength == contentLength && this.authorization.equals(authorization);
        }
    }

    public PushClient(WebPushEncryption encryption, VapidKeys vapid, Clock clock) {
        this(encryption, vapid, clock, null, ANSWER_TIMEOUT);
    }

    /**
     * {@code trust} decides which push services' certificates are believed ({@code null}: the JDK's default
     * trust store); {@code answerTimeout} is how long a push service has to answer.
     */
    PushClient(WebPushEncryption encryption, VapidKeys vapid, Clock clock, TrustManagerFactory trust,
               Duration answerTimeout) {
        try {
            this.http2 = new PushConnections(trust);
            HttpClient.Builder http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_2)
                    .connectTimeout(Duration.ofSeconds(5))
                    .executor(Executors.newVirtualThreadPerTaskExecutor());
            if (trust != null) {
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, trust.getTrustManagers(), null);
                http.sslContext(context);
            }
            this.http = http.build();
        } catch (SSLException | GeneralSecurityException unusableTls) {
            throw new IllegalStateException("TLS for push services cannot be set up", unusableTls);
        }
        this.answerTimeout = answerTimeout;
        this.encryption = encryption;
        this.vapid = vapid;
        this.clock = clock;
    }

    /**
     * Encrypts one message and starts sending it; the future completes with the push service's answer, or
     * with a retry-later outcome if it could not be reached or did not answer in time. The encryption, and
     * opening a connection when one is needed, happen on the calling thread; waiting for the answer holds no
     * thread. {@code ttl} is how long the push service may keep the message for an offline browser;
     * {@code topic}, if given, lets a newer message replace an undelivered older one.
     */
    public CompletableFuture<PushOutcome> send(PushTarget target, byte[] plaintext, Duration ttl, Urgency urgency,
                                               String topic) throws GeneralSecurityException, InterruptedException {
        if (topic != null && !isTopic(topic)) {
            throw new IllegalArgumentException("A push topic is 1 to 32 URL-safe base64 characters");
        }
        byte[] body = encryption.encrypt(plaintext, target.p256dh(), target.auth());
        String origin = target.origin();
        String authorization = authorizationFor(origin);
        try {
            if (target.isHttps() && !withoutHttp2.contains(origin)) {
                try {
                    return overHttp2(target, body, ttl, urgency, topic, authorization);
                } catch (PushConnections.NotHttp2Exception notOffered) {
                    withoutHttp2.add(origin);
                }
            }
            return overJdkClient(target, body, ttl, urgency, topic, authorization);
        } catch (IOException unreachable) {
            return CompletableFuture.completedFuture(PushOutcome.unreachable());
        }
    }

    /** RFC 8030 §5.4: at most 32 characters of the URL- and filename-safe base64 alphabet. */
    private static boolean isTopic(String topic) {
        if (topic.isEmpty() || topic.length() > LONGEST_TOPIC) {
            return false;
        }
        for (int i = 0; i < topic.length(); i++) {
            char c = topic.charAt(i);
            boolean base64url = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_';
            if (!base64url) {
                return false;
            }
        }
        return true;
    }

    /** The TLS implementation that HTTP/2 connections to push services use. */
    public String tlsImplementation() {
        return http2.tlsImplementation();
    }

    @Override
    public void close() {
        http2.close();
        http.shutdownNow();
    }

    private CompletableFuture<PushOutcome> overHttp2(PushTarget target, byte[] body, Duration ttl, Urgency urgency,
                                                     String topic, String authorization)
            throws IOException, InterruptedException {
        return http2.post(target, headers(target, body.length, ttl, urgency, topic, authorization), body, answerTimeout)
                .handle((response, failure) -> outcome(failure == null
                        ? PushOutcome.of(response.status(), retryAfter(response.retryAfter())) : null, failure));
    }

    private RequestHeaders headers(PushTarget target, int contentLength, Duration ttl, Urgency urgency, String topic,
                                   String authorization) {
        long ttlSeconds = ttl.toSeconds();
        HeadersInUse inUse = headersByOrigin.get(target.origin());
        if (inUse != null && inUse.fit(ttlSeconds, urgency, topic, contentLength, authorization)) {
            return inUse.headers();
        }
        RequestHeaders.Builder headers = RequestHeaders.post(target.authority())
                .add("ttl", Long.toString(ttlSeconds))
                .add("urgency", urgency.headerValue)
                .add("content-encoding", "aes128gcm")
                .add("content-type", "application/octet-stream")
                .add("content-length", Integer.toString(contentLength))
                .add("authorization", authorization);
        if (topic != null) {
            headers.add("topic", topic);
        }
        inUse = new HeadersInUse(ttlSeconds, urgency, topic, contentLength, authorization, headers.build());
        headersByOrigin.put(target.origin(), inUse);
        return inUse.headers();
    }

    private CompletableFuture<PushOutcome> overJdkClient(PushTarget target, byte[] body, Duration ttl, Urgency urgency,
                                                         String topic, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target.uri())
                .timeout(answerTimeout)
                .header("TTL", Long.toString(ttl.toSeconds()))
                .header("Urgency", urgency.headerValue)
                .header("Content-Encoding", "aes128gcm")
                .header("Content-Type", "application/octet-stream")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (topic != null) {
            request.header("Topic", topic);
        }
        return exchange(target.origin(), request.build()).handle((response, failure) -> outcome(failure == null
                ? PushOutcome.of(response.statusCode(), retryAfter(response.headers().firstValue("Retry-After").orElse(null)))
                : null, failure));
    }

    /** A push service that could not be reached, or did not answer in time, is to be tried again later. */
    private static PushOutcome outcome(PushOutcome answered, Throwable failure) {
        if (failure == null) {
            return answered;
        }
        Throwable cause = failure instanceof CompletionException wrapped && wrapped.getCause() != null
                ? wrapped.getCause() : failure;
        if (cause instanceof IOException) {
            return PushOutcome.unreachable();
        }
        throw failure instanceof CompletionException wrapped ? wrapped : new CompletionException(cause);
    }

    /**
     * The JDK's client opens a new connection for every request to an origin it has no connection to yet, so
     * the first few hundred concurrent messages of a fan-out would each make their own TLS handshake with
     * the same push service. The first message to each origin therefore goes alone; the others are sent when
     * it has been answered, and then share its connection. Nobody waits for them meanwhile, and a push
     * service that fails that first message is not waited for again.
     */
    private CompletableFuture<HttpResponse<Void>> exchange(String origin, HttpRequest request) {
        CompletableFuture<HttpResponse<Void>> first = new CompletableFuture<>();
        CompletableFuture<HttpResponse<Void>> earlier = firstContacts.putIfAbsent(origin, first);
        if (earlier != null) {
            return earlier.handle((answered, failed) -> request)
                    .thenCompose(next -> http.sendAsync(next, HttpResponse.BodyHandlers.discarding()));
        }
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((answer, failure) -> {
            if (failure == null) {
                first.complete(answer);
            } else {
                first.completeExceptionally(failure);
            }
        });
        return first;
    }

    /** Signs at most one token per origin at a time: the first messages of a fan-out arrive together. */
    private String authorizationFor(String origin) throws GeneralSecurityException {
        Instant now = clock.instant();
        Token token = tokens.get(origin);
        if (token != null && !needsRenewal(token, now)) {
            return token.authorization();
        }
        try {
            return tokens.compute(origin, (key, current) -> current != null && !needsRenewal(current, now)
                    ? current : sign(key, now)).authorization();
        } catch (UncheckedSigningException failed) {
            throw failed.getCause();
        }
    }

    private static boolean needsRenewal(Token token, Instant now) {
        return now.isAfter(token.expiry().minus(RENEW_BEFORE_EXPIRY));
    }

    private Token sign(String origin, Instant now) {
        Instant expiry = now.plus(VapidKeys.TOKEN_LIFETIME);
        try {
            Token token = new Token(vapid.authorization(vapid.token(origin, expiry)), expiry);
            tokensSigned.incrementAndGet();
            return token;
        } catch (GeneralSecurityException failed) {
            throw new UncheckedSigningException(failed);
        }
    }

    /** Carries a signing failure out of {@link Map#compute}, which takes no checked exceptions. */
    private static final class UncheckedSigningException extends RuntimeException {
        UncheckedSigningException(GeneralSecurityException cause) {
            super(cause);
        }

        @Override
        public synchronized GeneralSecurityException getCause() {
            return (GeneralSecurityException) super.getCause();
        }
    }

    /** How many VAPID tokens this client has signed, for the check that messages reuse them. */
    int tokensSigned() {
        return tokensSigned.get();
    }

    private Duration retryAfter(String value) {
        if (value == null) {
            return null;
        }
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
    }

    /** How urgently the browser should be woken (RFC 8030 §5.3). */
    public enum Urgency {
        VERY_LOW("very-low"), LOW("low"), NORMAL("normal"), HIGH("high");

        private final String headerValue;

        Urgency(String headerValue) {
            this.headerValue = headerValue;
        }
    }
}
