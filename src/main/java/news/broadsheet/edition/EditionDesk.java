package news.broadsheet.edition;

import java.util.Map;
import java.util.Optional;

/** Changes to editions. Editions are neither created nor deleted here: their codes are in every URL. */
public interface EditionDesk {

    Optional<EditionSettings> settings(String code);

    /** What is wrong with the settings, by field name, in words an administrator can act on; empty when nothing is. */
    Map<String, String> problemsWith(EditionSettings settings);

    /** The edition as readers would see it with these settings, which must have no problems. */
    Edition preview(EditionSettings settings);

    /**
     * Stores the settings, audited, and has every node re-read its editions once they are committed. Pages
     * rendered with the old settings are the caller's to drop (the site's ContentChanged event), as this
     * module sits below the site.
     *
     * @throws EditionChangeRefused when the settings have problems
     */
    void change(EditionSettings settings, String actor);
}
