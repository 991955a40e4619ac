package news.broadsheet.site;

import java.util.List;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.Editions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Builds the masthead for the reader's edition and the reader signed in to this request, if any. */
@Component
public class Mastheads {

    private final Site site;
    private final Editions editions;
    private final Assets assets;
    private final ObjectProvider<MastheadAccounts> accounts;

    Mastheads(Site site, Editions editions, Assets assets, ObjectProvider<MastheadAccounts> accounts) {
        this.site = site;
        this.editions = editions;
        this.assets = assets;
        this.accounts = accounts;
    }

    public Masthead of(Edition edition, List<NavLink> sections) {
        List<NavLink> editionLinks = editions.all().stream()
                .map(other -> new NavLink(other.name(), other.path(), other.code().equals(edition.code())))
                .toList();
        return new Masthead(site.name(), edition, editionLinks, sections,
                assets.href("/assets/site.css"), assets.href("/assets/icon.svg"),
                assets.href("/assets/alerts.js"), signedIn());
    }

    private MastheadAccount signedIn() {
        MastheadAccounts signedIn = accounts.getIfAvailable();
        return signedIn == null ? null : signedIn.signedIn().orElse(null);
    }
}
