package news.broadsheet.comment.internal;

import java.util.List;

/** A comment as the moderation queue shows it: its words, where and by whom, and why it is in the queue. */
public record QueueItem(long id, Long readerId, String authorName, String authorHref, String html, long articleId,
                        String articleHeadline, String articlePath, String postedAt, String status, String holdReason,
                        String rejectReason, boolean featured, List<String> reports) {

    public String permalink() {
        return "/comments/" + id;
    }

    /** Where a moderator opens, pre-moderates or closes comments on the comment's article. */
    public String articleModeHref() {
        return ModerationController.ARTICLE_MODE + articleId;
    }
}
