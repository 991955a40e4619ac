package news.broadsheet.article.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jakarta.servlet.http.HttpServletRequest;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleInserts;
import news.broadsheet.article.Articles;
import news.broadsheet.article.internal.OldSlugs;
import news.broadsheet.edition.Edition;
import news.broadsheet.site.Pages;
import news.broadsheet.site.RenderedPage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The article page, framed by the reader's edition: its time zone, appeal wording and navigation. */
@Controller
class ArticleController {

    private final Articles articles;
    private final ReaderEdition readerEdition;
    private final Navigation navigation;
    private final ArticleHead articleHead;
    private final Pages pages;
    private final OldSlugs oldSlugs;
    private final ObjectProvider<ArticleInserts> inserts;

    ArticleController(Articles articles, ReaderEdition readerEdition, Navigation navigation, ArticleHead articleHead,
                      Pages pages, OldSlugs oldSlugs, ObjectProvider<ArticleInserts> inserts) {
        this.articles = articles;
        this.readerEdition = readerEdition;
        this.navigation = navigation;
        this.articleHead = articleHead;
        this.pages = pages;
        this.oldSlugs = oldSlugs;
        this.inserts = inserts;
    }

    @GetMapping("/articles/{slug:[a-z0-9-]{1,120}}")
    ResponseEntity<byte[]> article(@PathVariable String slug,
                                   @CookieValue(name = ReaderEdition.COOKIE, required = false) String chosen,
                                   HttpServletRequest request) {
        Edition edition = readerEdition.of(chosen);
        ArticleInserts placed = inserts.getIfAvailable();
        String variant = placed == null ? ArticleInserts.SHARED : placed.variant(request, edition);
        Supplier<RenderedPage> render = () -> {
            Article article = articles.published(slug).orElseThrow(() -> movedOrNotFound(slug));
            ArticleInserts.Placement placement = placed == null
                    ? ArticleInserts.Placement.NONE : placed.render(variant, edition);
            Map<String, Object> model = Map.of(
                    "head", articleHead.of(article, navigation.editionFeed(edition)),
                    "masthead", navigation.masthead(edition, article.section().slug()),
                    "page", new ArticlePage(article, edition, 0, articles.sections(),
                            ArticleBody.cutAfter(article.bodyHtml(), placement.afterParagraph()), placement));
            return pages.html("article/article.jte", model, article.modifiedAt());
        };
        // Only the variant most readers get is kept in the shared page cache (see ArticleInserts).
        return variant.equals(ArticleInserts.SHARED)
                ? pages.cached("article:" + slug + ":" + edition.code(), render)
                : forThisReaderOnly(render.get());
    }

    /** A page rendered for one reader: their browser may keep it (and revalidate), no shared cache may. */
    private static ResponseEntity<byte[]> forThisReaderOnly(RenderedPage page) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .cacheControl(CacheControl.noCache().cachePrivate())
                .varyBy("Cookie")
                .contentType(page.contentType())
                .eTag(page.etag());
        if (page.lastModified() != null) {
            response.lastModified(page.lastModified());
        }
        return response.body(page.body());
    }

    /** Only a miss looks for an old slug, so the cached path of a live article costs nothing extra. */
    private RuntimeException movedOrNotFound(String slug) {
        return oldSlugs.currentSlugOf(slug).<RuntimeException>map(Moved::new).orElseGet(ListingController::notFound);
    }

    private static final class Moved extends RuntimeException {
        private final String slug;

        Moved(String slug) {
            super(null, null, false, false);
            this.slug = slug;
        }
    }

    @ExceptionHandler(Moved.class)
    ResponseEntity<Void> moved(Moved moved) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header("Location", Article.pathOf(moved.slug)).build();
    }
}
