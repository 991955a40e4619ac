package news.broadsheet.comment.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * One stored comment. {@code readerId} is null once its author deleted their account and kept their
 * comments; {@code parentAuthorName} names whom a reply answers.
 */
record Comment(long id, long articleId, Long parentId, long rootId, int depth, Long readerId, String authorName,
               String authorHandle, String body, CommentStatus status, String holdReason, String rejectReason,
               boolean featured, int recommendations, Instant createdAt, Instant editedAt, String parentAuthorName) {

    /** How long after posting the author may still change the words. */
    static final Duration EDIT_WINDOW = Duration.ofMinutes(5);
    /** Replies nest this deep; a reply to a comment at the deepest level sits beside it. */
    static final int DEEPEST = 3;

    boolean isBy(Long reader) {
        return reader != null && reader.equals(readerId);
    }

    boolean editableAt(Instant now) {
        return status == CommentStatus.PUBLISHED || status == CommentStatus.PENDING
                ? now.isBefore(createdAt.plus(EDIT_WINDOW)) : false;
    }

    boolean wasEdited() {
        return editedAt != null;
    }

    String html() {
        return CommentText.html(body);
    }

    String anchor() {
        return "comment-" + id;
    }
}
