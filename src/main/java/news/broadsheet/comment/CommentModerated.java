package news.broadsheet.comment;

import java.time.Instant;

/**
 * A moderator decided about a reader's comment. Published within the transaction that records the decision.
 * It tells the author; a rejection of a comment readers could see also comes with {@link CommentWithdrawn},
 * which is what takes its words away.
 *
 * @param decision {@link #APPROVED}, {@link #REJECTED} or {@link #FEATURED}
 * @param reason   why, as the moderator wrote it for the author; may be empty
 */
public record CommentModerated(long commentId, long authorId, String permalink, String decision, String reason,
                               Instant decidedAt) {

    public static final String APPROVED = "approved";
    public static final String REJECTED = "rejected";
    public static final String FEATURED = "featured";
}
