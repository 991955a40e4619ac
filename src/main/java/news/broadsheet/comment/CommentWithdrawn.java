package news.broadsheet.comment;

import java.time.Instant;

/**
 * A comment readers could see is shown no more, and its words must not be shown anywhere else either: its
 * author deleted it, a moderator rejected it after it was published, or its author deleted their account and
 * chose to take their comments with it. Published within the transaction that hides it. Comments that were
 * never visible (held, then rejected or deleted) are never withdrawn, as nothing was told of them.
 */
public record CommentWithdrawn(long commentId, Instant withdrawnAt) {
}
