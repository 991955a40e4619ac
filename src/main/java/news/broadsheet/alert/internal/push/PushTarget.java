package news.broadsheet.alert.internal.push;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one browser's messages go, and the keys its messages are encrypted for. {@code endpoint} is the URL the
 * browser gave, checked when it subscribed; {@code origin} is its scheme and authority, the push service's
 * origin and the audience of its VAPID tokens (RFC 8292 §2). A fan-out reads thousands of endpoints a second,
 * so they are taken apart by where their path starts rather than parsed whole as {@link URI}s.
 */
public record PushTarget(String endpoint, String origin, byte[] p256dh, byte[] auth) {

    public PushTarget {
        if (!endpoint.startsWith(origin) || origin.length() != originLength(endpoint)) {
            throw new IllegalArgumentException("Not the origin of " + endpoint + ": " + origin);
        }
    }

    public PushTarget(String endpoint, byte[] p256dh, byte[] auth) {
        this(endpoint, endpoint.substring(0, originLength(endpoint)), p256dh, auth);
    }

    public PushTarget(URI endpoint, byte[] p256dh, byte[] auth) {
        this(endpoint.toString(), p256dh, auth);
    }

    public URI uri() {
        return URI.create(endpoint);
    }

    boolean isHttps() {
        return origin.regionMatches(true, 0, "https://", 0, "https://".length());
    }

    /** The host and port, as a request's {@code :authority} names them. */
    String authority() {
        return origin.substring(origin.indexOf("://") + 3);
    }

    /** The path and query, as a request's {@code :path} names them; never empty, and without a fragment. */
    byte[] path() {
        int fragment = endpoint.indexOf('#', origin.length());
        String path = endpoint.substring(origin.length(), fragment < 0 ? endpoint.length() : fragment);
        return (path.startsWith("/") ? path : "/" + path).getBytes(StandardCharsets.US_ASCII);
    }

    /** How long the scheme and authority are: up to the first {@code /}, {@code ?} or {@code #} after {@code ://}. */
    private static int originLength(String endpoint) {
        int schemeEnd = endpoint.indexOf("://");
        if (schemeEnd <= 0) {
            throw new IllegalArgumentException("Not an absolute URL: " + endpoint);
        }
        int end = schemeEnd + 3;
        while (!endsOrigin(endpoint, end)) {
            end++;
        }
        if (end == schemeEnd + 3) {
            throw new IllegalArgumentException("No host in " + endpoint);
        }
        return end;
    }

    /** Whether the endpoint's scheme and authority, if they are all before {@code at}, end there. */
    private static boolean endsOrigin(String endpoint, int at) {
        return at == endpoint.length() || "/?#".indexOf(endpoint.charAt(at)) >= 0;
    }

    /**
     * Makes the targets of many endpoints, as a batch reads them, giving those of one push service one shared
     * origin string rather than a copy each. It remembers the first few origins it meets: a batch's browsers use
     * a handful of push services.
     */
    public static final class Reader {

        private static final int ORIGINS_REMEMBERED = 16;

        private final List<String> origins = new ArrayList<>(ORIGINS_REMEMBERED);

        public PushTarget target(String endpoint, byte[] p256dh, byte[] auth) {
            for (String origin : origins) {
                if (endpoint.startsWith(origin) && endsOrigin(endpoint, origin.length())) {
                    return new PushTarget(endpoint, origin, p256dh, auth);
                }
            }
            String origin = endpoint.substring(0, originLength(endpoint));
            if (origins.size() < ORIGINS_REMEMBERED) {
                origins.add(origin);
            }
            return new PushTarget(endpoint, origin, p256dh, auth);
        }
    }
}
