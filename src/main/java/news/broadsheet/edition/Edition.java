package news.broadsheet.edition;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * One regional version of the site. {@code breakingAlerts}: whether publishing an article with the topic
 * "breaking" in this edition sends its breaking-news subscribers an alert without an editor composing one.
 */
public record Edition(
        String code,
        String name,
        ZoneId zone,
        Locale locale,
        Currency currency,
        DateTimeFormatter dateFormat,
        String appealHeading,
        List<String> appealParagraphs,
        boolean breakingAlerts) {

    /** The time as a reader of this edition reads it, e.g. "Friday 10 May 2013 17:46 BST". */
    public String formatTime(Instant instant) {
        return dateFormat.format(instant.atZone(zone));
    }

    /** The path of this edition's front page. */
    public String path() {
        return "/" + code;
    }
}
