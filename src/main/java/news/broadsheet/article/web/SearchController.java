package news.broadsheet.article.web;

import java.util.List;
import java.util.Map;
import news.broadsheet.article.ArticleSearch;
import news.broadsheet.article.ResultPage;
import news.broadsheet.article.SearchHit;
import news.broadsheet.edition.Edition;
import news.broadsheet.site.PageHead;
import news.broadsheet.site.Pages;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Readers' search over published articles. Results are never cached, by the page cache or by anyone on the
 * way: what people search for is their business, and arbitrary queries would only crowd real pages out of
 * the cache. Search pages are not for search engines to index.
 */
@Controller
class SearchController {

    static final int PAGE_SIZE = 10;

    private final ArticleSearch search;
    private final ReaderEdition readerEdition;
    private final Navigation navigation;
    private final Pages pages;

    SearchController(ArticleSearch search, ReaderEdition readerEdition, Navigation navigation, Pages pages) {
        this.search = search;
        this.readerEdition = readerEdition;
        this.navigation = navigation;
        this.pages = pages;
    }

    @GetMapping("/search")
    ResponseEntity<byte[]> search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page,
                                  @CookieValue(name = ReaderEdition.COOKIE, required = false) String chosen) {
        Edition edition = readerEdition.of(chosen);
        int number = PageNumber.checked(page);
        String query = ArticleSearch.cleanQuery(q);
        if (query.length() > ArticleSearch.MAX_QUERY_LENGTH) {
            return render(edition, HttpStatus.BAD_REQUEST, SearchResults.refused(query,
                    "Your search is too long. Use at most " + ArticleSearch.MAX_QUERY_LENGTH + " characters."));
        }
        if (query.isEmpty()) {
            return render(edition, HttpStatus.OK, SearchResults.form());
        }
        ResultPage<SearchHit> found = search.published(query, number, PAGE_SIZE);
        if (found.beyondEnd()) {
            return render(edition, HttpStatus.BAD_REQUEST, SearchResults.refused(query,
                    "There is no page " + number + " of results for this search."));
        }
        return render(edition, HttpStatus.OK, new SearchResults(query, found, null));
    }

    private ResponseEntity<byte[]> render(Edition edition, HttpStatus status, SearchResults results) {
        PageHead head = new PageHead(title(results), "Search the journalism of this site.", null, List.of(), List.of(),
                null, false);
        byte[] body = pages.render("article/search.jte", Map.of(
                "head", head,
                "masthead", navigation.masthead(edition, null),
                "search", results));
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).contentType(Pages.HTML).body(body);
    }

    private static String title(SearchResults results) {
        if (results.query().isEmpty()) {
            return "Search";
        }
        String title = "Search results for “" + results.query() + "”";
        return results.hits() == null || results.hits().number() == 1
                ? title : title + " – page " + results.hits().number();
    }
}
