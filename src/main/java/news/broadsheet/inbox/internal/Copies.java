package news.broadsheet.inbox.internal;

import java.time.Instant;
import java.util.regex.Pattern;
import news.broadsheet.comment.CommentPublished;

/**
 * Turns what the comment module says into what the inbox keeps: texts cut to a size a list can show, and
 * links that can only ever lead to a page of this site.
 */
final class Copies {

    static final int MAX_EXCERPT = 300;
    static final int MAX_TITLE = 300;
    static final int MAX_REASON = 1000;
    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

    private Copies() {
    }

    static CopiedComment of(CommentPublished published) {
        return new CopiedComment(published.commentId(), published.articleId(),
                shortened(published.articleTitle(), MAX_TITLE),
                permalink(published.permalink(), published.commentId()), published.authorId(),
                shortened(published.excerpt(), MAX_EXCERPT), published.parentCommentId(),
                published.parentAuthorId(), published.threadParticipantIds(),
                published.publishedAt() == null ? Instant.now() : published.publishedAt(), null, false);
    }

    /** The permalink when it is a path on this site; otherwise the comment module's usual one. */
    static String permalink(String given, long commentId) {
        boolean sameSite = given != null && given.startsWith("/") && !given.startsWith("//") && !given.contains("\\")
                && given.chars().noneMatch(Character::isISOControl);
        return sameSite ? given : "/comments/" + commentId;
    }

    /**
     * At most {@code max} code points, with an ellipsis when cut; null is empty. Bidirectional overrides and
     * isolates go, so a text cannot reverse the words a page shows after it.
     */
    static String shortened(String text, int max) {
        if (text == null) {
            return "";
        }
        String stripped = BIDI_CONTROLS.matcher(text).replaceAll("").strip();
        if (stripped.codePointCount(0, stripped.length()) <= max) {
            return stripped;
        }
        return stripped.substring(0, stripped.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
    }
}
