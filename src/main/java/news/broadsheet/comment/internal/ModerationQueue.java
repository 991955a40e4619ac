package news.broadsheet.comment.internal;

import java.util.Arrays;
import java.util.Locale;

/** The parts of the moderators' queue. */
public enum ModerationQueue {
    PENDING("Pre-moderated", "Comments under pre-moderated articles and sections, waiting for approval"),
    HELD("Held by rules", "Comments a rule held: suspect words, links, new accounts' first comments"),
    REPORTED("Reported", "Published comments readers reported"),
    FEATURED("Featured", "Comments moderators featured");

    private final String label;
    private final String description;

    ModerationQueue(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ModerationQueue of(String param) {
        return Arrays.stream(values()).filter(queue -> queue.param().equals(param)).findFirst().orElse(PENDING);
    }
}
