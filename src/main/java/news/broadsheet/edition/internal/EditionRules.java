package news.broadsheet.edition.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import news.broadsheet.edition.EditionSettings;

/** What an edition's settings may be; each is shown on every public page of the edition. */
final class EditionRules {

    static final int MAX_NAME = 60;
    static final int MAX_ZONE = 60;
    static final int MAX_PATTERN = 60;
    static final int MAX_HEADING = 120;
    static final int MAX_BODY = 2000;

    private EditionRules() {
    }

    static Map<String, String> problemsWith(EditionSettings settings, Locale locale) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!isLine(settings.name(), MAX_NAME)) {
            problems.put("name", "Enter a name of 1 to " + MAX_NAME + " characters, without control characters.");
        }
        ZoneId zone = zone(settings.timeZone());
        if (zone == null) {
            problems.put("timeZone", "Enter a time zone such as Europe/London or America/New_York; “" + settings.timeZone() + "” is not one.");
        }
        String patternProblem = patternProblem(settings.datePattern(), locale, zone == null ? ZoneId.of("UTC") : zone);
        if (patternProblem != null) {
            problems.put("datePattern", patternProblem);
        }
        if (!isLine(settings.appealHeading(), MAX_HEADING)) {
            problems.put("appealHeading", "Enter a heading of 1 to " + MAX_HEADING
                    + " characters, without control characters.");
        }
        String body = settings.appealBody();
        if (body.isBlank() || body.length() > MAX_BODY || hasForbiddenInText(body)) {
            problems.put("appealBody", "Enter an appeal of 1 to " + MAX_BODY
                    + " characters: plain text, paragraphs separated by blank lines, without control characters.");
        }
        return problems;
    }

    /** The zone with this name, or null when {@link ZoneId} knows none by it. */
    static ZoneId zone(String name) {
        if (name.isEmpty() || name.length() > MAX_ZONE) {
            return null;
        }
        try {
            return ZoneId.of(name);
        } catch (DateTimeException unknown) {
            return null;
        }
    }

    private static String patternProblem(String pattern, Locale locale, ZoneId zone) {
        if (pattern.isEmpty() || pattern.length() > MAX_PATTERN || hasForbiddenInLine(pattern)) {
            return "Enter a date pattern of 1 to " + MAX_PATTERN + " characters, such as EEEE d MMMM yyyy HH:mm zzz.";
        }
        try {
            DateTimeFormatter.ofPattern(pattern, locale).format(Instant.now().atZone(zone));
            return null;
        } catch (IllegalArgumentException | DateTimeException wrong) {
            return "The date pattern is not understood (" + wrong.getMessage()
                    + "). Use letters such as EEEE d MMMM yyyy HH:mm zzz, with words in 'single quotes'.";
        }
    }

    private static boolean isLine(String text, int max) {
        return !text.isEmpty() && text.length() <= max && !hasForbiddenInLine(text);
    }

    private static boolean hasForbiddenInLine(String text) {
        return text.codePoints().anyMatch(c -> Character.isISOControl(c) || isBidiControl(c));
    }

    /** Line breaks separate paragraphs; every other control character is refused. */
    private static boolean hasForbiddenInText(String text) {
        return text.codePoints().anyMatch(c -> (Character.isISOControl(c) && c != '\n' && c != '\r')
                || isBidiControl(c));
    }

    /** Overrides and isolates that make text read differently from how it is stored. */
    private static boolean isBidiControl(int codePoint) {
        return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C;
    }
}
