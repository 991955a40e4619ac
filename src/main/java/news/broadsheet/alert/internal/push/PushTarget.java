package news.broadsheet.alert.internal.push;

import java.net.URI;

/**
 * Where one browser's messages go, and the keys its messages are encrypted for. {@code origin} is the push
 * service's origin, the audience of its VAPID tokens (RFC 8292 §2), worked out once rather than per use.
 */
public record PushTarget(URI endpoint, String origin, byte[] p256dh, byte[] auth) {

    public PushTarget(URI endpoint, byte[] p256dh, byte[] auth) {
        this(endpoint, originOf(endpoint), p256dh, auth);
    }

    private static String originOf(URI endpoint) {
        int port = endpoint.getPort();
        return endpoint.getScheme() + "://" + endpoint.getHost() + (port == -1 ? "" : ":" + port);
    }
}
