package news.broadsheet.article.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.article.ArticleCard;
import news.broadsheet.article.ArticleSearch;
import news.broadsheet.article.ResultPage;
import news.broadsheet.article.SearchHit;
import news.broadsheet.article.Section;
import news.broadsheet.article.StaffSearchCriteria;
import news.broadsheet.article.StaffSearchHit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Searches the {@code search_vector} column (see V30__article_search.sql). Queries go through
 * {@code websearch_to_tsquery}, which accepts any text, so readers' input is only ever a bound parameter.
 */
@Component
class JdbcArticleSearch implements ArticleSearch {

    private static final String MARKERS = "" + MarkedText.START + MarkedText.STOP;
    private static final String HEADLINE_OPTIONS =
            "HighlightAll=true, StartSel=" + MarkedText.START + ", StopSel=" + MarkedText.STOP;
    private static final String SNIPPET_OPTIONS = "MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=\" … \", "
            + "StartSel=" + MarkedText.START + ", StopSel=" + MarkedText.STOP;
    /** Link targets and the punctuation of Markdown, which would read as noise in a snippet. */
    private static final String MARKDOWN_SYNTAX = "\\]\\([^)]*\\)|[#>*_`\\[\\]]";

    private final JdbcClient jdbc;
    private final JdbcArticles articles;

    JdbcArticleSearch(JdbcClient jdbc, JdbcArticles articles) {
        this.jdbc = jdbc;
        this.articles = articles;
    }

    @Override
    public ResultPage<SearchHit> published(String text, int page, int pageSize) {
        long total = jdbc.sql("""
                        select count(*) from article a
                        where a.status = 'published' and a.search_vector @@ websearch_to_tsquery('english', :text)""")
                .param("text", text)
                .query(Long.class).single();
        Map<Long, Marked> marked = new HashMap<>();
        List<Long> ids = new ArrayList<>();
        // Highlighting reads whole bodies, so it runs on the one page of ranked ids, not on every match.
        jdbc.sql("""
                        select ranked.id,
                               ts_headline('english', translate(a.headline, :markers, ''), ranked.terms,
                                           :headlineOptions) as headline,
                               ts_headline('english', translate(a.standfirst || E'\\n\\n'
                                               || regexp_replace(a.body_markdown, :markdown, '', 'g'), :markers, ''),
                                           ranked.terms, :snippetOptions) as snippet
                        from (select a.id, q.terms, ts_rank_cd(a.search_vector, q.terms) as rank, a.published_at
                              from article a, websearch_to_tsquery('english', :text) as q(terms)
                              where a.status = 'published' and a.search_vector @@ q.terms
                              order by rank desc, a.published_at desc, a.id desc
                              limit :limit offset :offset) ranked
                        join article a on a.id = ranked.id
                        order by ranked.rank desc, ranked.published_at desc, ranked.id desc""")
                .param("text", text)
                .param("markers", MARKERS)
                .param("headlineOptions", HEADLINE_OPTIONS)
                .param("snippetOptions", SNIPPET_OPTIONS)
                .param("markdown", MARKDOWN_SYNTAX)
                .param("limit", pageSize)
                .param("offset", (long) (page - 1) * pageSize)
                .query(rs -> {
                    ids.add(rs.getLong("id"));
                    marked.put(rs.getLong("id"), new Marked(rs.getString("headline"), rs.getString("snippet")));
                });
        List<SearchHit> hits = articles.publishedCards(ids).stream()
                .map(card -> hit(card, marked.get(card.id())))
                .toList();
        return new ResultPage<>(hits, page, pageSize, total);
    }

    private record Marked(String headline, String snippet) {
    }

    private static SearchHit hit(ArticleCard card, Marked marked) {
        return new SearchHit(card, MarkedText.toHtml(marked.headline()), MarkedText.toHtml(marked.snippet()));
    }

    @Override
    public ResultPage<StaffSearchHit> all(StaffSearchCriteria criteria, int page, int pageSize) {
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        if (!criteria.text().isEmpty()) {
            conditions.add("a.search_vector @@ websearch_to_tsquery('english', :text)");
            params.put("text", criteria.text());
        }
        if (!criteria.status().isEmpty()) {
            conditions.add("a.status = :status");
            params.put("status", criteria.status());
        }
        if (!criteria.sectionSlug().isEmpty()) {
            conditions.add("s.slug = :section");
            params.put("section", criteria.sectionSlug());
        }
        if (!criteria.authorSlug().isEmpty()) {
            conditions.add("""
                    exists (select 1 from article_author x join author au on au.id = x.author_id
                            where x.article_id = a.id and au.slug = :author)""");
            params.put("author", criteria.authorSlug());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        String order = criteria.text().isEmpty()
                ? " order by last_changed desc, a.id desc"
                : " order by ts_rank_cd(a.search_vector, websearch_to_tsquery('english', :text)) desc,"
                  + " last_changed desc, a.id desc";
        long total = jdbc.sql("select count(*) from article a join section s on s.id = a.section_id" + where)
                .params(params)
                .query(Long.class).single();
        List<StaffSearchHit> hits = jdbc.sql("""
                        select a.id, a.slug, a.headline, a.status, a.published_at,
                               coalesce(a.updated_at, a.published_at, a.created_at) as last_changed,
                               s.id as section_id, s.slug as section_slug, s.name as section_name,
                               s.description as section_description,
                               coalesce((select string_agg(au.name, ', ' order by x.position)
                                         from article_author x join author au on au.id = x.author_id
                                         where x.article_id = a.id), '') as author_names
                        from article a join section s on s.id = a.section_id""" + where + order
                        + " limit :limit offset :offset")
                .params(params)
                .param("limit", pageSize)
                .param("offset", (long) (page - 1) * pageSize)
                .query((rs, n) -> staffHit(rs))
                .list();
        return new ResultPage<>(hits, page, pageSize, total);
    }

    private static StaffSearchHit staffHit(ResultSet rs) throws SQLException {
        Section section = new Section(rs.getLong("section_id"), rs.getString("section_slug"),
                rs.getString("section_name"), rs.getString("section_description"));
        return new StaffSearchHit(rs.getLong("id"), rs.getString("slug"), rs.getString("headline"),
                rs.getString("status"), section, rs.getString("author_names"), instant(rs, "published_at"),
                instant(rs, "last_changed"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
