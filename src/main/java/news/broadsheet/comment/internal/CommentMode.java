package news.broadsheet.comment.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether an article takes comments, and whether a moderator reads them first. */
public enum CommentMode {
    OPEN("Open"),
    PREMODERATED("Pre-moderated: a moderator approves each comment"),
    CLOSED("Closed");

    private final String label;

    CommentMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<CommentMode> of(String column) {
        return Arrays.stream(values()).filter(mode -> mode.column().equals(column)).findFirst();
    }
}
