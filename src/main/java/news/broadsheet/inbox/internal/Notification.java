package news.broadsheet.inbox.internal;

import java.time.Instant;

/**
 * One thing a reader is told. {@code authorId} wrote the comment (null for a deleted reader, and for a
 * moderation decision, which comes from no reader); {@code decision} and {@code reason} are a moderator's.
 * {@code withdrawn}: the comment was deleted or removed since, and the excerpt is empty.
 */
record Notification(long id, long recipientId, NotificationKind kind, long commentId, Long authorId,
                    String articleTitle, String permalink, String excerpt, String decision, String reason,
                    Instant createdAt, boolean read, boolean withdrawn) {
}
