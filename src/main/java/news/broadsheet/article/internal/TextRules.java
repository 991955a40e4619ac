package news.broadsheet.article.internal;

/**
 * Characters refused in what staff type: control characters (except line breaks and tabs in the body) and
 * the bidirectional overrides and isolates that can make text read differently from how it is stored.
 */
final class TextRules {

    private TextRules() {
    }

    static boolean isBidiControl(int codePoint) {
        return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C;
    }

    /** For one-line fields such as the headline: no control characters at all. */
    static boolean hasForbiddenInLine(String text) {
        return text.codePoints().anyMatch(c -> Character.isISOControl(c) || isBidiControl(c));
    }

    /** For the body, where line breaks and tabs are part of Markdown. */
    static boolean hasForbiddenInBody(String text) {
        return text.codePoints().anyMatch(c -> (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
                || isBidiControl(c));
    }
}
