package news.broadsheet.alert.internal.push;

import java.net.URI;

/** Where one browser's messages go, and the keys its messages are encrypted for. */
public record PushTarget(URI endpoint, byte[] p256dh, byte[] auth) {

    /** The push service's origin, the audience of its VAPID tokens (RFC 8292 §2). */
    public String origin() {
        int port = endpoint.getPort();
        return endpoint.getScheme() + "://" + endpoint.getHost() + (port == -1 ? "" : ":" + port);
    }
}
