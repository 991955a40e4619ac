package news.broadsheet.alert.internal;

/** Something a reader can be alerted about: {@code id} is what subscriptions store, {@code label} what readers read. */
public record AlertTopic(String id, String label) {
}
