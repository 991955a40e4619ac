package news.broadsheet.comment.internal;

/** A banned or suspended reader as the settings page lists them. */
public record SanctionView(long readerId, String name, String state, String reason, String decidedBy) {
}
