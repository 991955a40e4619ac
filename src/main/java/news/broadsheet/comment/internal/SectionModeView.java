package news.broadsheet.comment.internal;

/** A section and its comment mode, as the settings page lists them. */
public record SectionModeView(long id, String name, String mode) {
}
