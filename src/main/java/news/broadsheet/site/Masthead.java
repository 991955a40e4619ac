package news.broadsheet.site;

import java.util.List;
import news.broadsheet.edition.Edition;

/**
 * The frame of every page: the site's name, the reader's edition, the other editions, the sections and the
 * versioned URLs of the site's own stylesheet, icon and script, and the signed-in reader ({@code account},
 * null when nobody is signed in).
 */
public record Masthead(String siteName, Edition edition, List<NavLink> editions, List<NavLink> sections,
                       String stylesheetHref, String iconHref, String scriptHref, MastheadAccount account) {
}
