package news.broadsheet.site;

import java.util.List;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.Editions;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Builds the masthead for the reader's edition. */
@Component
public class Mastheads {

    private final Site site;
    private final Editions editions;
    private final ResourceUrlProvider assets;

    Mastheads(Site site, Editions editions, ResourceUrlProvider assets) {
        this.site = site;
        this.editions = editions;
        this.assets = assets;
    }

    public Masthead of(Edition edition, List<NavLink> sections) {
        List<NavLink> editionLinks = editions.all().stream()
                .map(other -> new NavLink(other.name(), other.path(), other.code().equals(edition.code())))
                .toList();
        return new Masthead(site.name(), edition, editionLinks, sections,
                versioned("/assets/site.css"), versioned("/assets/icon.svg"));
    }

    /** The asset's URL with a hash of its content in the name, so it can be cached for a year. */
    private String versioned(String path) {
        String url = assets.getForLookupPath(path);
        return url != null ? url : path;
    }
}
