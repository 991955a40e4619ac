package news.broadsheet.reader;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A group of choices another module adds to the account page (how to be told about replies, for one). The
 * account page shows each as a form of drop-down lists and sends what the reader chose back to
 * {@link #save}; every label is escaped.
 */
public interface AccountPreferences {

    /** Names the group in the form's address ({@code /account/preferences/<key>}): {@code [a-z-]+}. */
    String key();

    String heading();

    /** What the reader may choose now, each with the reader's current choice. */
    List<Preference> preferencesOf(long readerId);

    /** Stores the reader's choices by preference name; a problem to show when a choice is not offered. */
    Optional<String> save(long readerId, Map<String, String> choices);

    record Preference(String name, String label, List<Option> options, String chosen) {
    }

    record Option(String value, String label) {
    }
}
