package news.broadsheet.alert.internal;

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
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;

/** The "Manage alerts" page: the same for everyone; the script fills in this browser's own choices. */
@Controller
class ManageAlertsController {

    private final Pages pages;
    private final Mastheads mastheads;
    private final Editions editions;
    private final Articles articles;
    private final AlertTopics topics;
    private final Site site;

    ManageAlertsController(Pages pages, Mastheads mastheads, Editions editions, Articles articles, AlertTopics topics,
                           Site site) {
        this.pages = pages;
        this.mastheads = mastheads;
        this.editions = editions;
        this.articles = articles;
        this.topics = topics;
        this.site = site;
    }

    @GetMapping("/alerts")
    ResponseEntity<byte[]> manage(@CookieValue(name = Editions.COOKIE, required = false) String chosen) {
        Edition edition = editions.find(chosen).orElseGet(editions::defaultEdition);
        return pages.cached("alerts:" + edition.code(), () -> {
            List<NavLink> sections = articles.sections().stream()
                    .map(section -> new NavLink(section.name(), section.path(edition.code()), false))
                    .toList();
            PageHead head = new PageHead("Manage alerts", "Choose which breaking-news alerts this browser receives.",
                    site.absolute("/alerts"), List.of(), List.of(), null, false);
            return pages.html("alert/manage.jte", Map.of(
                    "head", head,
                    "masthead", mastheads.of(edition, sections),
                    "topics", topics.all(),
                    "editions", editions.all(),
                    "edition", edition), null);
        });
    }
}
