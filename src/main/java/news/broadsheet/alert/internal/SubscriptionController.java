package news.broadsheet.alert.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.alert.internal.push.VapidKeys;
import news.broadsheet.edition.Editions;
import news.broadsheet.platform.RateLimits;
import news.broadsheet.reader.ReaderProfile;
import news.broadsheet.reader.Readers;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON endpoints the alert opt-in script talks to: what can be chosen (with the VAPID key and a CSRF
 * token), storing a subscription with its topics, reading it back, and removing it. A subscription saved by a
 * signed-in reader is tied to their account and may carry alerts about replies to their comments; it stays
 * tied after they sign out, and a subscription the browser renews in its place inherits the tie. As for every
 * change here, knowing a subscription's endpoint, which only its browser and push service do, is what allows it.
 */
@RestController
class SubscriptionController {

    static final int MAX_ENDPOINT = 2048;
    private static final int CHANGES_PER_ADDRESS_PER_HOUR = 60;

    private final Subscriptions subscriptions;
    private final AlertTopics topics;
    private final Editions editions;
    private final VapidKeys vapid;
    private final AlertProperties properties;
    private final RateLimits rateLimits;
    private final Readers readers;

    SubscriptionController(Subscriptions subscriptions, AlertTopics topics, Editions editions, VapidKeys vapid,
                           AlertProperties properties, RateLimits rateLimits, Readers readers) {
        this.subscriptions = subscriptions;
        this.topics = topics;
        this.editions = editions;
        this.vapid = vapid;
        this.properties = properties;
        this.rateLimits = rateLimits;
        this.readers = readers;
    }

    @GetMapping("/alerts/options")
    ResponseEntity<Map<String, Object>> options(CsrfToken csrf) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of(
                "publicKey", vapid.publicKey(),
                "topics", topics.all(),
                "signedIn", readers.current().isPresent(),
                "editions", editions.all().stream().map(edition -> Map.of("code", edition.code(), "name", edition.name())).toList(),
                "csrf", Map.of("header", csrf.getHeaderName(), "token", csrf.getToken())));
    }

    record Keys(String p256dh, String auth) {
    }

    /** {@code replaces}: the endpoint of the subscription this one renews, when the push service replaced it. */
    record SubscriptionJson(String endpoint, Keys keys, String edition, List<String> topics, String replaces) {
    }

    record EndpointJson(String endpoint) {
    }

    @PostMapping("/alerts/subscriptions")
    ResponseEntity<Map<String, Object>> subscribe(@RequestBody SubscriptionJson json, HttpServletRequest request) {
        limit(request);
        SubscriptionRequest checked = check(json);
        Long reader = readers.current().map(ReaderProfile::id)
                .orElseGet(() -> tiedReader(json.endpoint()).orElseGet(() -> tiedReader(json.replaces()).orElse(null)));
        if (reader == null && checked.topics().contains(AlertTopics.REPLIES)) {
            throw new SubscriptionProblem("topics", "Sign in to be alerted to replies to your comments.");
        }
        if (reader == null) {
            subscriptions.save(checked);
        } else {
            subscriptions.saveFor(reader, checked);
        }
        return ResponseEntity.ok(Map.of("edition", checked.edition(), "topics", checked.topics()));
    }

    private Optional<Long> tiedReader(String endpoint) {
        return endpoint == null ? Optional.empty()
                : subscriptions.byEndpoint(endpoint).map(Subscriptions.Stored::readerId);
    }

    @PostMapping("/alerts/subscriptions/lookup")
    ResponseEntity<Map<String, Object>> lookup(@RequestBody EndpointJson json) {
        return subscriptions.byEndpoint(json.endpoint() == null ? "" : json.endpoint())
                .<ResponseEntity<Map<String, Object>>>map(stored -> ResponseEntity.ok(
                        Map.of("edition", stored.edition(), "topics", stored.topics())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(Map.of("field", "endpoint", "reason", "This browser is not subscribed.")));
    }

    @PostMapping("/alerts/subscriptions/remove")
    ResponseEntity<Void> unsubscribe(@RequestBody EndpointJson json, HttpServletRequest request) {
        limit(request);
        subscriptions.removeByEndpoint(json.endpoint() == null ? "" : json.endpoint());
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(SubscriptionProblem.class)
    ResponseEntity<Map<String, String>> problem(SubscriptionProblem problem) {
        HttpStatus status = "rate".equals(problem.field()) ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).body(Map.of("field", problem.field(), "reason", problem.getMessage()));
    }

    private void limit(HttpServletRequest request) {
        if (!rateLimits.tryAcquire("alert-subscription:" + request.getRemoteAddr(), CHANGES_PER_ADDRESS_PER_HOUR,
                Duration.ofHours(1))) {
            throw new SubscriptionProblem("rate", "Too many changes from this address; try again later.");
        }
    }

    private SubscriptionRequest check(SubscriptionJson json) {
        URI endpoint = endpoint(json.endpoint());
        if (json.keys() == null) {
            throw new SubscriptionProblem("keys", "The subscription's keys are missing.");
        }
        byte[] p256dh = decoded(json.keys().p256dh(), "keys.p256dh", 65);
        byte[] auth = decoded(json.keys().auth(), "keys.auth", 16);
        String edition = editions.find(json.edition())
                .orElseThrow(() -> new SubscriptionProblem("edition", "Choose one of the site's editions.")).code();
        List<String> chosen = json.topics() == null ? List.of() : json.topics();
        if (chosen.isEmpty() || chosen.size() > 50) {
            throw new SubscriptionProblem("topics", "Choose at least one kind of alert.");
        }
        for (String topic : chosen) {
            if (topic == null || !topics.subscribable(topic)) {
                throw new SubscriptionProblem("topics", "There is no alert topic called " + String.valueOf(topic).replaceAll("[^\\w:-]", "?") + ".");
            }
        }
        return new SubscriptionRequest(endpoint, p256dh, auth, edition, List.copyOf(new LinkedHashSet<>(chosen)));
    }

    private URI endpoint(String value) {
        if (value == null || value.isBlank() || value.length() > MAX_ENDPOINT) {
            throw new SubscriptionProblem("endpoint", "The push endpoint is missing or too long.");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new SubscriptionProblem("endpoint", "The push endpoint is not a URL.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean secure = scheme.equals("https") || (properties.allowPlainHttp() && scheme.equals("http"));
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        boolean knownService = properties.pushServiceHosts().stream()
                .anyMatch(allowed -> host.equals(allowed) || host.endsWith("." + allowed));
        if (!secure || !knownService || uri.getUserInfo() != null) {
            throw new SubscriptionProblem("endpoint", "Alerts can only be sent through a browser's own push service.");
        }
        return uri;
    }

    private static byte[] decoded(String value, String field, int length) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(value == null ? "" : value.replace('+', '-').replace('/', '_').replace("=", ""));
            if (bytes.length == length) {
                return bytes;
            }
        } catch (IllegalArgumentException malformed) {
            // Reported below with the length problem: both mean the browser sent something unusable.
        }
        throw new SubscriptionProblem(field, "This is not a valid key from a browser's push subscription.");
    }
}
