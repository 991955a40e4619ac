package news.broadsheet.comment.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.regex.Pattern;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;
import org.nibor.autolink.Span;
import org.springframework.web.util.HtmlUtils;

/**
 * A comment is plain text: paragraphs separated by blank lines, nothing else. What a reader types is
 * cleaned before it is stored (invisible and direction-changing characters removed, line endings and blank
 * runs made regular) and turned into HTML only when shown: every character escaped, web addresses made into
 * links marked {@code rel="nofollow ugc"}.
 */
final class CommentText {

    static final int MAX_CODE_POINTS = 5_000;

    /**
     * Characters that hide text or turn it around (a right-to-left override makes "gpj.exe" read "exe.jpg"):
     * bidirectional embeddings, overrides, isolates and marks, zero-width spaces, non-joiners and word
     * joiners, the byte-order mark and soft hyphens. Zero-width joiners are judged apart (see {@link #joiners}).
     */
    private static final Pattern HIDDEN = Pattern.compile(
            "[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C\\u200B\\u200C\\u2060\\uFEFF\\u180E\\u00AD]");
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    /** Control characters other than the line feed and tab, which a textarea cannot produce anyway. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+\\n");
    private static final Pattern BLANK_RUN = Pattern.compile("\\n{3,}");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\n");
    private static final LinkExtractor LINKS = LinkExtractor.builder()
            .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW))
            .build();

    private CommentText() {
    }

    /** The text as it will be stored. */
    static String clean(String typed) {
        String text = typed == null ? "" : typed.replace("\r\n", "\n").replace('\r', '\n');
        text = joiners(HIDDEN.matcher(text).replaceAll(""));
        text = CONTROL.matcher(text).replaceAll("");
        text = TRAILING_SPACE.matcher(text).replaceAll("\n");
        text = BLANK_RUN.matcher(text.strip()).replaceAll("\n\n");
        return text;
    }

    /**
     * Keeps a zero-width joiner only between two emoji, where it builds one picture from several (a family,
     * a profession); anywhere else it only hides something.
     */
    private static String joiners(String text) {
        if (text.indexOf(ZERO_WIDTH_JOINER) < 0) {
            return text;
        }
        int[] codePoints = text.codePoints().toArray();
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < codePoints.length; i++) {
            int codePoint = codePoints[i];
            if (codePoint != ZERO_WIDTH_JOINER
                    || i > 0 && i < codePoints.length - 1 && isEmoji(codePoints[i - 1]) && isEmoji(codePoints[i + 1])) {
                kept.appendCodePoint(codePoint);
            }
        }
        return kept.toString();
    }

    /** Pictographs, and the variation selector and skin tones that may end one. */
    private static boolean isEmoji(int codePoint) {
        return Character.getType(codePoint) == Character.OTHER_SYMBOL || codePoint == 0xFE0F
                || codePoint >= 0x1F3FB && codePoint <= 0x1F3FF;
    }

    /** What is wrong with the cleaned text, or null when it may be posted. */
    static String problem(String cleaned) {
        if (cleaned.isBlank()) {
            return "Write something before posting.";
        }
        int length = cleaned.codePointCount(0, cleaned.length());
        if (length > MAX_CODE_POINTS) {
            return String.format(Locale.UK, "Your comment is %,d characters long; comments can be at most %,d.",
                    length, MAX_CODE_POINTS);
        }
        return null;
    }

    static boolean hasLink(String cleaned) {
        return LINKS.extractLinks(cleaned).iterator().hasNext();
    }

    /** Paragraphs with line breaks, everything escaped, addresses linked. */
    static String html(String stored) {
        StringBuilder html = new StringBuilder(stored.length() + 64);
        for (String paragraph : PARAGRAPH_BREAK.split(stored)) {
            html.append("<p>");
            for (Span span : LINKS.extractSpans(paragraph)) {
                String part = paragraph.substring(span.getBeginIndex(), span.getEndIndex());
                if (span instanceof LinkSpan link && isWebAddress(link, part)) {
                    String href = link.getType() == LinkType.WWW ? "https://" + part : part;
                    html.append("<a href=\"").append(HtmlUtils.htmlEscape(href, "UTF-8")).append("\" rel=\"nofollow ugc\">")
                            .append(lines(part)).append("</a>");
                } else {
                    html.append(lines(part));
                }
            }
            html.append("</p>");
        }
        return html.toString();
    }

    /** Only http and https addresses become links; "javascript://" and friends stay text. */
    private static boolean isWebAddress(LinkSpan link, String part) {
        if (link.getType() == LinkType.WWW) {
            return true;
        }
        String lower = part.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static String lines(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8").replace("\n", "<br>");
    }

    /** The first words of a comment, for the moderation queue and "in reply to" lines. */
    static String excerpt(String stored, int maxChars) {
        String flat = stored.replace('\n', ' ');
        if (flat.length() <= maxChars) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', maxChars);
        return flat.substring(0, cut > maxChars / 2 ? cut : maxChars) + "…";
    }
}
