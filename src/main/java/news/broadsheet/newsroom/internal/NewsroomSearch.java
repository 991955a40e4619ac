package news.broadsheet.newsroom.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import news.broadsheet.article.Author;
import news.broadsheet.article.ResultPage;
import news.broadsheet.article.Section;
import news.broadsheet.article.StaffSearchCriteria;
import news.broadsheet.article.StaffSearchHit;

/**
 * The newsroom search page's model: the criteria as entered, the choices for each filter, and one page of
 * articles found ({@code hits} is null when the criteria had {@code problems}).
 */
public record NewsroomSearch(StaffSearchCriteria criteria, List<Author> authors, List<Section> sections,
                             ResultPage<StaffSearchHit> hits, Map<String, String> problems) {

    public List<String> statuses() {
        return StaffSearchCriteria.STATUSES;
    }

    /** The same search on another page; empty criteria stay out of the URL. */
    public String pageLink(int page) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", criteria.text());
        parameters.put("status", criteria.status());
        parameters.put("author", criteria.authorSlug());
        parameters.put("section", criteria.sectionSlug());
        parameters.put("page", page == 1 ? "" : String.valueOf(page));
        String query = parameters.entrySet().stream()
                .filter(parameter -> !parameter.getValue().isEmpty())
                .map(parameter -> parameter.getKey() + "=" + URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "/newsroom/search" : "/newsroom/search?" + query;
    }
}
