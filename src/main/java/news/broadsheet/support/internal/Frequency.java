package news.broadsheet.support.internal;

import java.util.Optional;

/** How often a contribution is taken; the name is what forms and the database carry. */
public enum Frequency {
    ONCE("once", "One-off"),
    MONTHLY("monthly", "Monthly");

    private final String code;
    private final String label;

    Frequency(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    static Optional<Frequency> of(String code) {
        for (Frequency frequency : values()) {
            if (frequency.code.equals(code)) {
                return Optional.of(frequency);
            }
        }
        return Optional.empty();
    }
}
