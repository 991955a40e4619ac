package news.broadsheet.support.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.article.Articles;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.Editions;
import news.broadsheet.site.Mastheads;
import news.broadsheet.site.NavLink;
import news.broadsheet.site.PageHead;
import news.broadsheet.site.Pages;
import news.broadsheet.site.Site;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Renders the reader's support pages in the site's layout; they are personal, so never cached. */
@Component
class SupportPages {

    private final Pages pages;
    private final Mastheads mastheads;
    private final Editions editions;
    private final Articles articles;
    private final Site site;

    SupportPages(Pages pages, Mastheads mastheads, Editions editions, Articles articles, Site site) {
        this.pages = pages;
        this.mastheads = mastheads;
        this.editions = editions;
        this.articles = articles;
        this.site = site;
    }

    /** The edition named, else the one the reader chose, else the default. */
    Edition edition(String named, String chosen) {
        return editions.find(named).or(() -> editions.find(chosen)).orElseGet(editions::defaultEdition);
    }

    ResponseEntity<byte[]> render(HttpStatus status, Edition edition, String title, String path, String template,
                                  Map<String, Object> model) {
        List<NavLink> sections = articles.sections().stream()
                .map(section -> new NavLink(section.name(), section.path(edition.code()), false))
                .toList();
        Map<String, Object> all = new HashMap<>(model);
        all.put("head", new PageHead(title, "Support independent journalism that stays free for everyone to read.",
                site.absolute(path), List.of(), List.of(), null, false));
        all.put("masthead", mastheads.of(edition, sections));
        all.put("edition", edition);
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).contentType(Pages.HTML)
                .body(pages.render(template, all));
    }

    String siteName() {
        return site.name();
    }
}
