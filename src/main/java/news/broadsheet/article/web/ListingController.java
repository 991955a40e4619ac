package news.broadsheet.article.web;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.broadsheet.article.ArticleCard;
import news.broadsheet.article.ArticleDiscussion;
import news.broadsheet.article.Articles;
import news.broadsheet.article.Author;
import news.broadsheet.article.ResultPage;
import news.broadsheet.article.Section;
import news.broadsheet.article.Topic;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.Editions;
import news.broadsheet.site.PageHead;
import news.broadsheet.site.Pages;
import news.broadsheet.site.RenderedPage;
import news.broadsheet.site.Site;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Fronts and lists: the home page, edition and section fronts, author and topic pages. */
@Controller
class ListingController {

    static final int PAGE_SIZE = 10;

    private final Articles articles;
    private final Editions editions;
    private final ReaderEdition readerEdition;
    private final Navigation navigation;
    private final Pages pages;
    private final Site site;
    private final ObjectProvider<ArticleDiscussion> discussions;

    ListingController(Articles articles, Editions editions, ReaderEdition readerEdition, Navigation navigation,
                      Pages pages, Site site, ObjectProvider<ArticleDiscussion> discussions) {
        this.articles = articles;
        this.editions = editions;
        this.readerEdition = readerEdition;
        this.navigation = navigation;
        this.pages = pages;
        this.site = site;
        this.discussions = discussions;
    }

    @GetMapping("/")
    ResponseEntity<Void> home(@CookieValue(name = ReaderEdition.COOKIE, required = false) String chosen,
                              @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        Edition edition = editions.choose(chosen, language);
        return ResponseEntity.status(HttpStatus.FOUND)
                .location(URI.create(edition.path()))
                .cacheControl(CacheControl.noStore())
                .varyBy("Cookie", "Accept-Language")
                .build();
    }

    @GetMapping("/{editionCode:[a-z]{2}}")
    ResponseEntity<byte[]> editionFront(@PathVariable String editionCode,
                                        @RequestParam(defaultValue = "1") int page,
                                        @CookieValue(name = ReaderEdition.COOKIE, required = false) String chosen,
                                        HttpServletResponse response) {
        Edition edition = editions.find(editionCode).orElseThrow(ListingController::notFound);
        int number = PageNumber.checked(page);
        readerEdition.remember(edition, chosen, response);
        return pages.cached("front:" + edition.code() + ":" + number, () -> {
            ResultPage<ArticleCard> found = articles.editionFront(edition.code(), number, PAGE_SIZE);
            Listing listing = new Listing(null, site.name(), edition.name(), edition.path(), found, edition, number == 1);
            PageHead head = PageHead.simple(frontTitle(edition, number), "The latest news from " + site.name()
                            + ", " + edition.name(), site.absolute(listing.pageLink(number)))
                    .withFeeds(navigation.editionFeed(edition));
            return render(listing, head, null);
        });
    }

    @GetMapping("/{editionCode:[a-z]{2}}/{sectionSlug:[a-z0-9-]{1,80}}")
    ResponseEntity<byte[]> sectionFront(@PathVariable String editionCode, @PathVariable String sectionSlug,
                                        @RequestParam(defaultValue = "1") int page) {
        Edition edition = editions.find(editionCode).orElseThrow(ListingController::notFound);
        int number = PageNumber.checked(page);
        return pages.cached("section:" + edition.code() + ":" + sectionSlug + ":" + number, () -> {
            Section section = articles.section(sectionSlug).orElseThrow(ListingController::notFound);
            ResultPage<ArticleCard> found = articles.latestInSection(edition.code(), section.id(), number, PAGE_SIZE);
            Listing listing = new Listing("Section", section.name(), section.description(),
                    section.path(edition.code()), found, edition, number == 1);
            List<PageHead.Feed> feeds = new ArrayList<>(List.of(new PageHead.Feed(
                    site.name() + " – " + section.name() + " (" + edition.name() + ")",
                    site.absolute(section.path(edition.code()) + "/feed"))));
            feeds.addAll(navigation.editionFeed(edition));
            PageHead head = PageHead.simple(titled(section.name(), number), section.description(),
                    site.absolute(listing.pageLink(number))).withFeeds(feeds);
            return render(listing, head, section.slug());
        });
    }

    @GetMapping("/authors/{slug:[a-z0-9-]{1,80}}")
    ResponseEntity<byte[]> author(@PathVariable String slug, @RequestParam(defaultValue = "1") int page,
                                  @CookieValue(name = ReaderEdition.COOKIE, required = false) String chosen) {
        Edition edition = readerEdition.of(chosen);
        int number = PageNumber.checked(page);
        return pages.cached("author:" + slug + ":" + edition.code() + ":" + number, () -> {
            Author author = articles.author(slug).orElseThrow(ListingController::notFound);
            ResultPage<ArticleCard> found = articles.byAuthor(author.id(), number, PAGE_SIZE);
            Listing listing = new Listing(author.role().isBlank() ? "Author" : author.role(), author.name(),
                    author.bio(), author.path(), found, edition, false);
            PageHead head = PageHead.simple(titled(author.name(), number), author.bio(),
                            site.absolute(listing.pageLink(number)))
                    .withFeeds(navigation.editionFeed(edition));
            return render(listing, head, null);
        });
    }

    @GetMapping("/topics/{slug:[a-z0-9-]{1,80}}")
    ResponseEntity<byte[]> topic(@PathVariable String slug, @RequestParam(defaultValue = "1") int page,
                                 @CookieValue(name = ReaderEdition.COOKIE, required = false) String chosen) {
        Edition edition = readerEdition.of(chosen);
        int number = PageNumber.checked(page);
        return pages.cached("topic:" + slug + ":" + edition.code() + ":" + number, () -> {
            Topic topic = articles.topic(slug).orElseThrow(ListingController::notFound);
            ResultPage<ArticleCard> found = articles.byTopic(topic.id(), number, PAGE_SIZE);
            Listing listing = new Listing("Topic", topic.name(), "Every story about " + topic.name() + ".",
                    topic.path(), found, edition, false);
            PageHead head = PageHead.simple(titled(topic.name(), number), listing.description(),
                            site.absolute(listing.pageLink(number)))
                    .withFeeds(navigation.editionFeed(edition));
            return render(listing, head, null);
        });
    }

    private RenderedPage render(Listing listing, PageHead head, String currentSection) {
        if (listing.articles().beyondEnd()) {
            throw notFound();
        }
        var newest = listing.articles().items().stream().map(ArticleCard::modifiedAt).max(Instant::compareTo);
        ArticleDiscussion discussion = discussions.getIfAvailable();
        // Counts are as of this render: a front stays cached until content changes or ten minutes pass.
        Map<Long, Integer> commentCounts = discussion == null ? Map.of()
                : discussion.counts(listing.articles().items().stream().map(ArticleCard::id).toList());
        return pages.html("article/listing.jte", Map.of(
                "head", head,
                "masthead", navigation.masthead(listing.edition(), currentSection),
                "listing", listing,
                "commentCounts", commentCounts), newest.orElse(null));
    }

    private String frontTitle(Edition edition, int page) {
        return titled("Latest news – " + edition.name(), page);
    }

    private static String titled(String title, int page) {
        return page == 1 ? title : title + " – page " + page;
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
