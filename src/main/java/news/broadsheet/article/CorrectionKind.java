package news.broadsheet.article;

import java.util.Locale;

/** What kind of note an editor adds to a published article. */
public enum CorrectionKind {
    CORRECTION("Correction"),
    CLARIFICATION("Clarification"),
    UPDATE("Update");

    private final String label;

    CorrectionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CorrectionKind fromColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
