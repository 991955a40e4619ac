package news.broadsheet.article.internal;

/**
 * Text that PostgreSQL's {@code ts_headline} marked with {@link #START} and {@link #STOP} around each
 * matched word, turned into HTML. The text is stored article text, so it is hostile: all of it is escaped
 * first, and only then do the markers become {@code <mark>} elements. The markers are control characters
 * that are removed from the text before it is highlighted, so they cannot come from an article.
 */
final class MarkedText {

    static final char START = '\u0001';
    static final char STOP = '\u0002';

    private MarkedText() {
    }

    static String toHtml(String marked) {
        if (marked == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(marked.length() + 32);
        boolean open = false;
        boolean lastWasSpace = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            // ts_headline leaves runs of spaces where it dropped markup; one space reads the same.
            boolean space = Character.isWhitespace(c);
            if (space && lastWasSpace) {
                continue;
            }
            lastWasSpace = space;
            switch (c) {
                case START -> {
                    if (!open) {
                        html.append("<mark>");
                        open = true;
                    }
                }
                case STOP -> {
                    if (open) {
                        html.append("</mark>");
                        open = false;
                    }
                }
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(space ? ' ' : c);
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString().strip();
    }
}
