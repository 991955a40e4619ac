package news.broadsheet.distribution.internal;

import news.broadsheet.article.Articles;
import news.broadsheet.article.Section;
import news.broadsheet.distribution.internal.AtomFeedWriter.Front;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.Editions;
import news.broadsheet.site.Pages;
import news.broadsheet.site.Site;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The Atom feeds the fronts advertise: one per edition front and one per section front. */
@Controller
class FeedController {

    private static final int ENTRIES = 30;

    private final Articles articles;
    private final Editions editions;
    private final AtomFeedWriter writer;
    private final Pages pages;
    private final Site site;

    FeedController(Articles articles, Editions editions, AtomFeedWriter writer, Pages pages, Site site) {
        this.articles = articles;
        this.editions = editions;
        this.writer = writer;
        this.pages = pages;
        this.site = site;
    }

    @GetMapping("/{editionCode:[a-z]{2}}/feed")
    ResponseEntity<byte[]> editionFeed(@PathVariable String editionCode) {
        Edition edition = editions.find(editionCode).orElseThrow(FeedController::notFound);
        return pages.cached("feed:" + edition.code(), () -> writer.feed(
                new Front(site.name() + " – " + edition.name(),
                        "The latest news from " + site.name() + ", " + edition.name(), edition.path()),
                articles.latestInEdition(edition.code(), 1, ENTRIES).items()));
    }

    @GetMapping("/{editionCode:[a-z]{2}}/{sectionSlug:[a-z0-9-]{1,80}}/feed")
    ResponseEntity<byte[]> sectionFeed(@PathVariable String editionCode, @PathVariable String sectionSlug) {
        Edition edition = editions.find(editionCode).orElseThrow(FeedController::notFound);
        return pages.cached("feed:" + edition.code() + ":" + sectionSlug, () -> {
            Section section = articles.section(sectionSlug).orElseThrow(FeedController::notFound);
            return writer.feed(
                    new Front(site.name() + " – " + section.name() + " (" + edition.name() + ")",
                            section.description(), section.path(edition.code())),
                    articles.latestInSection(edition.code(), section.id(), 1, ENTRIES).items());
        });
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
