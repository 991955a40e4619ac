package news.broadsheet.media.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import news.broadsheet.media.ImageRejected;
import news.broadsheet.media.ImageWords;

/**
 * What a picture's words may be. They are shown on one line, so line breaks and tabs become spaces; any
 * other control character, and the invisible marks that reverse the direction of text, are refused
 * because they could disguise what a credit or caption says.
 */
final class WordRules {

    static final int MAX_ALT_TEXT = 300;
    static final int MAX_CAPTION = 500;
    static final int MAX_CREDIT = 200;

    private static final Pattern LINE_BREAKS_AND_TABS = Pattern.compile("[\\t\\n\\x0B\\f\\r]+");
    private static final Pattern DIRECTION_MARKS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

    private WordRules() {
    }

    /** The words tidied and checked. */
    static ImageWords checked(ImageWords words) {
        ImageWords tidy = tidied(words);
        Map<String, String> problems = problems(tidy);
        if (!problems.isEmpty()) {
            throw new ImageRejected(problems);
        }
        return tidy;
    }

    static ImageWords tidied(ImageWords words) {
        return new ImageWords(tidied(words.altText()), tidied(words.caption()), tidied(words.credit()));
    }

    /** What is wrong with tidied words, by field; empty when nothing is. */
    static Map<String, String> problems(ImageWords tidy) {
        Map<String, String> problems = new LinkedHashMap<>();
        check(tidy.altText(), "Alt text", MAX_ALT_TEXT, ImageRejected.ALT_TEXT, problems);
        check(tidy.caption(), "The caption", MAX_CAPTION, ImageRejected.CAPTION, problems);
        check(tidy.credit(), "The credit", MAX_CREDIT, ImageRejected.CREDIT, problems);
        return problems;
    }

    private static String tidied(String text) {
        return LINE_BREAKS_AND_TABS.matcher(text).replaceAll(" ").strip();
    }

    private static void check(String text, String label, int maxLength, String field, Map<String, String> problems) {
        if (text.length() > maxLength) {
            problems.put(field, label + " can be at most " + maxLength + " characters; it has " + text.length() + ".");
        } else if (text.codePoints().anyMatch(Character::isISOControl) || DIRECTION_MARKS.matcher(text).find()) {
            problems.put(field, label + " contains invisible control characters. Type it again rather than pasting it.");
        }
    }
}
