package news.broadsheet.edition;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** One regional version of the site. */
public record Edition(
        String code,
        String name,
        ZoneId zone,
        Locale locale,
        Currency currency,
        DateTimeFormatter dateFormat,
        String appealHeading,
        List<String> appealParagraphs) {

    /** The time as a reader of this edition reads it, e.g. "Friday 10 May 2013 17:46 BST". */
    public String formatTime(Instant instant) {
        return dateFormat.format(instant.atZone(zone));
    }

    /** The path of this edition's front page. */
    public String path() {
        return "/" + code;
    }
}
