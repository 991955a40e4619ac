package news.broadsheet.distribution.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.article.ArticleCard;
import news.broadsheet.article.Articles;
import news.broadsheet.article.Author;
import news.broadsheet.article.Section;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.Editions;
import news.broadsheet.site.Pages;
import news.broadsheet.site.RenderedPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The sitemap index at {@code /sitemap.xml} and the sitemaps it lists: every published article (split into
 * files of the protocol's 50,000 URL limit), the fronts, the author pages and the Google News sitemap.
 */
@Controller
class SitemapController {

    private static final int URLS_PER_SITEMAP = 50_000;
    private static final Duration NEWS_WINDOW = Duration.ofHours(48);
    /** Google News reads at most this many articles from a news sitemap. */
    private static final int NEWS_LIMIT = 1_000;

    private final Articles articles;
    private final Editions editions;
    private final SitemapWriter writer;
    private final Pages pages;

    SitemapController(Articles articles, Editions editions, SitemapWriter writer, Pages pages) {
        this.articles = articles;
        this.editions = editions;
        this.writer = writer;
        this.pages = pages;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> index() {
        return pages.cached("sitemap:index", () -> {
            List<String> sitemaps = new ArrayList<>();
            for (int page = 1; page <= articlePages(); page++) {
                sitemaps.add("/sitemaps/articles-" + page + ".xml");
            }
            sitemaps.addAll(List.of("/sitemaps/sections.xml", "/sitemaps/authors.xml", "/sitemaps/news.xml"));
            return xml(writer.index(sitemaps), null);
        });
    }

    @GetMapping("/sitemaps/articles-{page:[0-9]{1,9}}.xml")
    ResponseEntity<byte[]> articles(@PathVariable int page) {
        return pages.cached("sitemap:articles:" + page, () -> {
            if (page < 1 || page > articlePages()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            List<ArticleCard> slice = articles.allPublished((page - 1) * URLS_PER_SITEMAP, URLS_PER_SITEMAP);
            return xml(writer.articles(slice), newest(slice));
        });
    }

    @GetMapping("/sitemaps/sections.xml")
    ResponseEntity<byte[]> sections() {
        return pages.cached("sitemap:sections", () -> {
            List<Section> sections = articles.sections();
            List<String> fronts = new ArrayList<>();
            for (Edition edition : editions.all()) {
                fronts.add(edition.path());
                sections.forEach(section -> fronts.add(section.path(edition.code())));
            }
            return xml(writer.pages(fronts), null);
        });
    }

    @GetMapping("/sitemaps/authors.xml")
    ResponseEntity<byte[]> authors() {
        return pages.cached("sitemap:authors",
                () -> xml(writer.pages(articles.authors().stream().map(Author::path).toList()), null));
    }

    /** Not cached: which articles fall inside the window depends on the clock, not only on the content. */
    @GetMapping("/sitemaps/news.xml")
    ResponseEntity<byte[]> news() {
        List<ArticleCard> recent = articles.publishedSince(Instant.now().minus(NEWS_WINDOW)).stream()
                .limit(NEWS_LIMIT)
                .toList();
        return Pages.respond(xml(writer.news(recent), newest(recent)));
    }

    private int articlePages() {
        return (int) ((articles.countPublished() + URLS_PER_SITEMAP - 1) / URLS_PER_SITEMAP);
    }

    private static Instant newest(List<ArticleCard> cards) {
        return cards.stream().map(ArticleCard::modifiedAt).max(Instant::compareTo).orElse(null);
    }

    private static RenderedPage xml(byte[] body, Instant lastModified) {
        return Pages.page(body, SitemapWriter.XML, lastModified);
    }
}
