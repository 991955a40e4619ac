package news.broadsheet.alert.internal;

import java.net.URI;
import java.util.List;

/** A browser's subscription as it asked to be stored, already checked. */
record SubscriptionRequest(URI endpoint, byte[] p256dh, byte[] auth, String edition, List<String> topics) {
}
