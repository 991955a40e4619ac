package news.broadsheet.inbox;

/**
 * A reader was told that another replied to their comment: published in the transaction that wrote the
 * notification, once per reply and reader, and only where the inbox's rules let the reply notify (not to the
 * replier themselves, not to a reader who muted the replier). {@code permalink} is a path on this site.
 */
public record ReplyNotified(long readerId, long replyId, String replierName, String articleTitle, String excerpt,
                            String permalink) {
}
