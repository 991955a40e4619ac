package news.broadsheet.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EditionTest {

    private static Edition edition(String zone, String locale, String pattern) {
        Locale language = Locale.forLanguageTag(locale);
        return new Edition("xx", "Test", ZoneId.of(zone), language, Currency.getInstance("GBP"),
                DateTimeFormatter.ofPattern(pattern, language), "Heading", List.of("Body"), false);
    }

    private final Edition uk = edition("Europe/London", "en-GB", "EEEE d MMMM yyyy HH:mm zzz");
    private final Edition us = edition("America/New_York", "en-US", "EEEE, MMMM d, yyyy h:mm a zzz");

    @Test
    void showsTheReferencePageTimeInBritishSummerTime() {
        assertThat(uk.formatTime(Instant.parse("2013-05-10T16:46:00Z"))).isEqualTo("Friday 10 May 2013 17:46 BST");
    }

    @Test
    void showsGreenwichMeanTimeInWinter() {
        assertThat(uk.formatTime(Instant.parse("2013-12-10T16:46:00Z"))).isEqualTo("Tuesday 10 December 2013 16:46 GMT");
    }

    @Test
    void showsEasternTimeForTheUsEdition() {
        assertThat(us.formatTime(Instant.parse("2013-05-10T16:46:00Z"))).isEqualTo("Friday, May 10, 2013 12:46 PM EDT");
        assertThat(us.formatTime(Instant.parse("2013-12-10T16:46:00Z"))).isEqualTo("Tuesday, December 10, 2013 11:46 AM EST");
    }
}
