package news.broadsheet.comment.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times in messages that are not framed by an edition (refusals, the moderation queue): plain UTC. */
final class CommentTimes {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private CommentTimes() {
    }

    static String utc(Instant instant) {
        return UTC.format(instant);
    }
}
