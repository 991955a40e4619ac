package news.broadsheet.alert.internal;

import java.time.Instant;
import java.util.List;

/** An alert as an editor composed it, already checked; {@code url} is a path on this site. */
record NewAlert(String title, String body, String url, String imageUrl, String edition, List<String> topics,
                Instant scheduledFor, String createdBy) {
}
