package news.broadsheet.comment;

import java.time.Instant;

/**
 * The author changed the words of a comment readers can see (within the five minutes they may). Published
 * within the transaction that stores the new words, so copies of the old ones change with it.
 *
 * @param excerpt the start of the new plain text, as the reader typed it (not HTML), cut as in
 *                {@link CommentPublished}
 */
public record CommentEdited(long commentId, String excerpt, Instant editedAt) {
}
