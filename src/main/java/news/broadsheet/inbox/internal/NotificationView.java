package news.broadsheet.inbox.internal;

/**
 * A notification as the inbox page shows it: what happened, the words, where to read them, and when.
 * {@code withdrawn}: the comment was deleted since, so there are no words and nothing to link to.
 */
public record NotificationView(long id, String sentence, String excerpt, String reason, String href, String time,
                               String isoTime, boolean read, boolean withdrawn) {
}
