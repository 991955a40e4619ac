package news.broadsheet.edition;

import java.io.Serial;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Edition settings that cannot be stored; the problems name the fields and say why. */
public class EditionChangeRefused extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Map<String, String> problems;

    public EditionChangeRefused(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
