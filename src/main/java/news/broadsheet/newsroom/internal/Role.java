package news.broadsheet.newsroom.internal;

import java.util.Locale;

/** What a staff member may do; each role may do everything the one before it may. */
public enum Role {
    WRITER("Writer"),
    EDITOR("Editor"),
    ADMIN("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Role fromColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    public boolean atLeast(Role other) {
        return ordinal() >= other.ordinal();
    }
}
