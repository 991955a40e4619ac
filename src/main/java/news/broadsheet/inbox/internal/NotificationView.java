package news.broadsheet.inbox.internal;

/** A notification as the inbox page shows it: what happened, the words, where to read them, and when. */
public record NotificationView(long id, String sentence, String excerpt, String reason, String href, String time,
                               String isoTime, boolean read) {
}
