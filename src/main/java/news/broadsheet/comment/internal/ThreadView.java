package news.broadsheet.comment.internal;

import java.util.List;

/**
 * The discussion under an article as one reader sees it: one page of top-level comments with their
 * replies, the orders and pages they can move to, and whether (and why not) they can join in.
 * {@code csrfToken} is null for a reader who is not signed in: their copy is shared, so it holds no form.
 */
public record ThreadView(long articleId, String articlePath, int count, CommentMode mode, List<Link> sorts,
                         ThreadSort sort, int page, int pages, Link previous, Link next, List<CommentView> comments,
                         boolean signedIn, String readerName, String cannotComment, String csrfParameter,
                         String csrfToken, String notice) {

    /** A link to another order or page of the discussion, landing on the discussion rather than the article's top. */
    public record Link(String label, String href, boolean current) {
    }

    /** The frame of a single comment rendered for everyone (a live update): nobody signed in, no forms. */
    static ThreadView shared(long articleId) {
        return new ThreadView(articleId, "", 0, CommentMode.OPEN, List.of(), ThreadSort.OLDEST, 1, 1, null, null,
                List.of(), false, null, null, null, null, null);
    }

    public boolean closed() {
        return mode == CommentMode.CLOSED;
    }

    public boolean premoderated() {
        return mode == CommentMode.PREMODERATED;
    }

    public boolean canComment() {
        return signedIn && cannotComment == null;
    }

    public String liveHref() {
        return "/articles/" + articleId + "/comments/live";
    }
}
