package news.broadsheet.newsroom.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.article.ArticleSearch;
import news.broadsheet.article.Articles;
import news.broadsheet.article.Author;
import news.broadsheet.article.ResultPage;
import news.broadsheet.article.Section;
import news.broadsheet.article.StaffSearchCriteria;
import news.broadsheet.article.StaffSearchHit;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff find any article, whatever its state, by its words, status, author and section. */
@Controller
class NewsroomSearchController {

    static final int PAGE_SIZE = 20;
    static final int MAX_PAGE = 10_000;

    private final NewsroomPages pages;
    private final ArticleSearch search;
    private final Articles articles;

    NewsroomSearchController(NewsroomPages pages, ArticleSearch search, Articles articles) {
        this.pages = pages;
        this.search = search;
        this.articles = articles;
    }

    @GetMapping("/newsroom/search")
    ResponseEntity<byte[]> search(@RequestParam(defaultValue = "") String q,
                                  @RequestParam(defaultValue = "") String status,
                                  @RequestParam(defaultValue = "") String author,
                                  @RequestParam(defaultValue = "") String section,
                                  @RequestParam(defaultValue = "1") int page,
                                  HttpServletRequest request) {
        StaffSearchCriteria criteria = new StaffSearchCriteria(q, status, author, section);
        List<Author> authors = articles.authors();
        List<Section> sections = articles.sections();
        Map<String, String> problems = problems(criteria, page, authors, sections);
        ResultPage<StaffSearchHit> hits = problems.isEmpty() ? search.all(criteria, page, PAGE_SIZE) : null;
        if (hits != null && hits.beyondEnd()) {
            problems.put("page", "There is no page " + page + " of these results.");
            hits = null;
        }
        return pages.render(request, problems.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST, "search",
                "newsroom/search.jte", Map.of("search", new NewsroomSearch(criteria, authors, sections, hits, problems)));
    }

    private static Map<String, String> problems(StaffSearchCriteria criteria, int page, List<Author> authors,
                                                List<Section> sections) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (criteria.text().length() > ArticleSearch.MAX_QUERY_LENGTH) {
            problems.put("q", "Search for at most " + ArticleSearch.MAX_QUERY_LENGTH + " characters.");
        }
        if (!criteria.status().isEmpty() && !StaffSearchCriteria.STATUSES.contains(criteria.status())) {
            problems.put("status", "Choose a status from the list.");
        }
        if (!criteria.authorSlug().isEmpty() && authors.stream().noneMatch(a -> a.slug().equals(criteria.authorSlug()))) {
            problems.put("author", "Choose an author from the list.");
        }
        if (!criteria.sectionSlug().isEmpty()
                && sections.stream().noneMatch(s -> s.slug().equals(criteria.sectionSlug()))) {
            problems.put("section", "Choose a section from the list.");
        }
        if (page < 1 || page > MAX_PAGE) {
            problems.put("page", "Page numbers run from 1 to " + MAX_PAGE + ".");
        }
        return problems;
    }
}
