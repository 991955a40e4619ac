package news.broadsheet.comment.internal;

import java.util.Arrays;
import java.util.Locale;

/** The orders a reader can read a discussion in; replies always follow their comment oldest first. */
public enum ThreadSort {
    OLDEST("Oldest", "c.created_at, c.id"),
    NEWEST("Newest", "c.created_at desc, c.id desc"),
    RECOMMENDED("Most recommended", "c.recommendations desc, c.created_at, c.id");

    private final String label;
    private final String orderBy;

    ThreadSort(String label, String orderBy) {
        this.label = label;
        this.orderBy = orderBy;
    }

    public String label() {
        return label;
    }

    String orderBy() {
        return orderBy;
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Anything unknown reads as the default, oldest first, so a mangled link still shows the discussion. */
    static ThreadSort of(String param) {
        return Arrays.stream(values()).filter(sort -> sort.param().equals(param)).findFirst().orElse(OLDEST);
    }
}
