package news.broadsheet.comment;

import java.time.Instant;
import java.util.Set;

/**
 * A comment became visible to readers: posted on an open article, or approved by a moderator. Published
 * within the transaction that makes it visible, so a listener's writes stand or fall with it.
 *
 * @param permalink             the comment's address on this site, a path ({@code /comments/<id>})
 * @param excerpt               the start of the comment's plain text, as the reader typed it (not HTML)
 * @param parentCommentId       the comment it answers; null for a comment starting a thread
 * @param parentAuthorId        that comment's author; null when there is none or their account is deleted
 * @param threadParticipantIds  the readers who have written in the thread so far, this comment's author
 *                              included or not
 */
public record CommentPublished(long commentId, long articleId, String articleTitle, String permalink, long authorId,
                               String excerpt, Long parentCommentId, Long parentAuthorId,
                               Set<Long> threadParticipantIds, Instant publishedAt) {

    public CommentPublished {
        threadParticipantIds = threadParticipantIds == null ? Set.of() : Set.copyOf(threadParticipantIds);
    }
}
