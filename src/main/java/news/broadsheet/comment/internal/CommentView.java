package news.broadsheet.comment.internal;

import java.util.List;

/**
 * One comment as a page shows it to one reader: its words already made safe HTML, its time in the reader's
 * edition, whom it answers when it sits beside rather than under that comment, and what this reader may do
 * with it. A comment by a reader the viewer muted keeps its place in the thread (replies to it stay readable)
 * but not its words.
 */
public record CommentView(long id, String authorName, String authorHref, String html, String body, String time,
                          String isoTime, boolean edited, boolean waiting, boolean deleted, boolean muted, boolean featured,
                          int recommendations, String inReplyTo, int depth, List<CommentView> replies,
                          boolean canReply, boolean canEdit, boolean canDelete, boolean canRecommend,
                          boolean canReport) {

    public String anchor() {
        return "comment-" + id;
    }

    public String permalink() {
        return "/comments/" + id;
    }
}
