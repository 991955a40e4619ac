package news.broadsheet.article.web;

import java.util.List;
import java.util.Map;
import news.broadsheet.article.Article;
import news.broadsheet.article.Articles;
import news.broadsheet.edition.Edition;
import news.broadsheet.site.Pages;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
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

    ArticleController(Articles articles, ReaderEdition readerEdition, Navigation navigation, ArticleHead articleHead,
                      Pages pages) {
        this.articles = articles;
        this.readerEdition = readerEdition;
        this.navigation = navigation;
        this.articleHead = articleHead;
        this.pages = pages;
    }

    @GetMapping("/articles/{slug:[a-z0-9-]{1,120}}")
    ResponseEntity<byte[]> article(@PathVariable String slug,
                                   @CookieValue(name = ReaderEdition.COOKIE, required = false) String chosen) {
        Edition edition = readerEdition.of(chosen);
        return pages.cached("article:" + slug + ":" + edition.code(), () -> {
            Article article = articles.published(slug).orElseThrow(ListingController::notFound);
            Map<String, Object> model = Map.of(
                    "head", articleHead.of(article, navigation.editionFeed(edition)),
                    "masthead", navigation.masthead(edition, article.section().slug()),
                    "page", new ArticlePage(article, edition, 0, articles.sections()));
            return pages.html("article/article.jte", model, article.modifiedAt());
        });
    }
}
