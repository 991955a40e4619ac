package news.broadsheet.media;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An upload or a change of words that was refused, and nothing stored. Says what was wrong by the name of
 * the form field it concerns ({@link #FILE}, {@link #ALT_TEXT}, {@link #CAPTION}, {@link #CREDIT}), in words
 * fit to show the person who sent it.
 */
public class ImageRejected extends RuntimeException {

    public static final String FILE = "file";
    public static final String ALT_TEXT = "altText";
    public static final String CAPTION = "caption";
    public static final String CREDIT = "credit";

    private final Map<String, String> problems;

    public ImageRejected(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A refusal gives at least one reason");
        }
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public static ImageRejected file(String reason) {
        return new ImageRejected(Map.of(FILE, reason));
    }

    /** Reasons by field, in the order of the form. */
    public Map<String, String> problems() {
        return problems;
    }
}
