package news.broadsheet.comment.internal;

import java.util.Map;

/**
 * Messages shown after an action without JavaScript, named in the redirect's {@code notice} parameter.
 * Only these fixed words reach the page, so a crafted link cannot put text on it.
 */
final class Notices {

    static final String HELD = "held";
    static final String REPORTED = "reported";
    static final String DELETED = "deleted";
    static final String RECOMMENDED = "recommended";

    private static final Map<String, String> TEXT = Map.of(
            HELD, "Thank you. Your comment will appear once a moderator has read it.",
            REPORTED, "Thank you for your report. A moderator will look at the comment.",
            DELETED, "Your comment was deleted.",
            RECOMMENDED, "You recommended the comment.");

    private Notices() {
    }

    static String of(String name) {
        return name == null ? null : TEXT.get(name);
    }
}
