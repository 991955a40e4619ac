package news.broadsheet.article.web;

import java.util.List;
import news.broadsheet.article.Articles;
import news.broadsheet.edition.Edition;
import news.broadsheet.site.Masthead;
import news.broadsheet.site.Mastheads;
import news.broadsheet.site.NavLink;
import news.broadsheet.site.PageHead;
import news.broadsheet.site.Site;
import org.springframework.stereotype.Component;

/** The masthead with the section navigation, and the feeds a page advertises. */
@Component
class Navigation {

    private final Articles articles;
    private final Mastheads mastheads;
    private final Site site;

    Navigation(Articles articles, Mastheads mastheads, Site site) {
        this.articles = articles;
        this.mastheads = mastheads;
        this.site = site;
    }

    Masthead masthead(Edition edition, String currentSectionSlug) {
        List<NavLink> sections = articles.sections().stream()
                .map(section -> new NavLink(section.name(), section.path(edition.code()),
                        section.slug().equals(currentSectionSlug)))
                .toList();
        return mastheads.of(edition, sections);
    }

    List<PageHead.Feed> editionFeed(Edition edition) {
        return List.of(new PageHead.Feed(site.name() + " – " + edition.name(), site.absolute(edition.path() + "/feed")));
    }
}
