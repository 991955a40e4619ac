package news.broadsheet.article.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.function.Supplier;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleInserts;
import news.broadsheet.article.Articles;
import news.broadsheet.article.internal.OldSlugs;
import news.broadsheet.edition.Edition;
import news.broadsheet.site.Pages;
import news.broadsheet.site.RenderedPage;
import org.springframework.beans.factory.ObjectProvider;
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
    private final DiscussionHoles discussionHoles;

    ArticleController(Articles articles, ReaderEdition readerEdition, Navigation navigation, ArticleHead articleHead,
                      Pages pages, OldSlugs oldSlugs, ObjectProvider<ArticleInserts> inserts,
                      DiscussionHoles discussionHoles) {
        this.articles = articles;
        this.readerEdition = readerEdition;
        this.navigation = navigation;
        this.articleHead = articleHead;
        this.pages = pages;
        this.oldSlugs = oldSlugs;
        this.inserts = inserts;
        this.discussionHoles = discussionHoles;
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
                    "page", new ArticlePage(article, edition, articles.sections(),
                            ArticleBody.cutAfter(article.bodyHtml(), placement.afterParagraph()), placement));
            return pages.html("article/article.jte", model, article.modifiedAt());
        };
        // Only the variant most readers get is kept in the shared page cache (see ArticleInserts).
        boolean shared = variant.equals(ArticleInserts.SHARED);
        String key = "article:" + slug + ":" + edition.code();
        RenderedPage page = shared ? pages.cachedPage(key, render) : render.get();
        return discussionHoles.fill(page, key, Article.pathOf(slug), edition, request, shared);
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
