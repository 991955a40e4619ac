package news.broadsheet.reader;

import java.time.Instant;
import java.util.List;

/**
 * A list another module adds to a reader's public profile, such as their latest comments. The profile page
 * escapes every text; an entry's {@code href} must be a path on this site, anything else is shown unlinked.
 */
public record ProfileSection(String heading, List<Entry> entries, String emptyText) {

    /** One line of the list: what to show, where it leads, and when it happened (may be null). */
    public record Entry(String text, String href, Instant at) {
    }

    /**
     * Implemented by a module that has something to show on profiles; the profile page asks every such bean,
     * in {@code @Order}, for its section.
     */
    public interface Source {

        ProfileSection sectionFor(ReaderProfile reader);
    }
}
