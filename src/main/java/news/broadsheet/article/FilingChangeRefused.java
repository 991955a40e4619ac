package news.broadsheet.article;

import java.io.Serial;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change to sections or topics that cannot be made; the problems name the form field (or "form" for the
 * change as a whole) and say why in words an administrator can act on.
 */
public class FilingChangeRefused extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Map<String, String> problems;

    public FilingChangeRefused(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public static FilingChangeRefused because(String message) {
        return new FilingChangeRefused(Map.of("form", message));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
