package news.broadsheet.comment.internal;

import java.time.Instant;

/**
 * A comment on its way in: who writes it, from which address, where it goes and its cleaned text.
 * {@code parentId} is null for a top-level comment.
 */
record Submission(long readerId, Instant readerJoinedAt, String address, long articleId, long sectionId,
                         Long parentId, String text) {

    public boolean isReply() {
        return parentId != null;
    }
}
