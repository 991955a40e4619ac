package news.broadsheet.inbox.internal;

import java.time.Instant;
import java.util.Set;

/** The inbox's copy of a comment shown to readers: what notifications and the Following page need of it. */
record CopiedComment(long commentId, long articleId, String articleTitle, String permalink, Long authorId,
                     String excerpt, Long parentCommentId, Long parentAuthorId, Set<Long> participantIds,
                     Instant publishedAt) {
}
