package news.broadsheet.article.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import news.broadsheet.article.ResultPage;
import news.broadsheet.article.SearchHit;

/**
 * The search page's model: what the reader searched for, and either one page of what was found or, for a
 * search that could not be run, the {@code problem} to tell them. Before any search both are null.
 */
public record SearchResults(String query, ResultPage<SearchHit> hits, String problem) {

    static SearchResults form() {
        return new SearchResults("", null, null);
    }

    static SearchResults refused(String query, String problem) {
        return new SearchResults(query, null, problem);
    }

    /** Page 1 is the query alone, so each page of a search has exactly one URL. */
    public String pageLink(int page) {
        String link = "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        return page == 1 ? link : link + "&page=" + page;
    }

    public int firstNumber() {
        return (hits.number() - 1) * hits.size() + 1;
    }
}
