package news.broadsheet.inbox.internal;

import java.time.Instant;
import java.util.Set;

/**
 * The inbox's copy of a comment shown to readers: what notifications and the Following page need of it.
 * {@code editedAt} is null until its author edits it; a {@code withdrawn} copy is no longer shown to anyone
 * and has no words left.
 */
record CopiedComment(long commentId, long articleId, String articleTitle, String permalink, Long authorId,
                     String excerpt, Long parentCommentId, Long parentAuthorId, Set<Long> participantIds,
                     Instant publishedAt, Instant editedAt, boolean withdrawn) {
}
