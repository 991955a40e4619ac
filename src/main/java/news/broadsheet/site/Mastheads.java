package news.broadsheet.site;

import java.util.List;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.Editions;
import org.springframework.stereotype.Component;

/** Builds the masthead for the reader's edition. */
@Component
public class Mastheads {

    private final Site site;
    private final Editions editions;
    private final Assets assets;

    Mastheads(Site site, Editions editions, Assets assets) {
        this.site = site;
        this.editions = editions;
        this.assets = assets;
    }

    public Masthead of(Edition edition, List<NavLink> sections) {
        List<NavLink> editionLinks = editions.all().stream()
                .map(other -> new NavLink(other.name(), other.path(), other.code().equals(edition.code())))
                .toList();
        return new Masthead(site.name(), edition, editionLinks, sections,
                assets.href("/assets/site.css"), assets.href("/assets/icon.svg"),
                assets.href("/assets/alerts.js"));
    }
}
