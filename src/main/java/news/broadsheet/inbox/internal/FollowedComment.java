package news.broadsheet.inbox.internal;

/** A comment by a followed reader as the Following page shows it; {@code edited} when its author changed it. */
public record FollowedComment(String authorName, String authorHref, String articleTitle, String excerpt, String href,
                              String time, String isoTime, boolean edited) {
}
