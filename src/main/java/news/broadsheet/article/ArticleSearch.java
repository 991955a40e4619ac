package news.broadsheet.article;

/**
 * Full-text search over articles (PostgreSQL {@code websearch_to_tsquery}: quoted phrases, {@code OR} and
 * {@code -word} work, and no input can make the query fail).
 */
public interface ArticleSearch {

    /** Longest query text accepted, in characters. */
    int MAX_QUERY_LENGTH = 200;

    /** Published articles matching the text, best match first, newest first among equals. */
    ResultPage<SearchHit> published(String text, int page, int pageSize);

    /** Articles in any state, for the newsroom: ranked when there is text, most recently changed first otherwise. */
    ResultPage<StaffSearchHit> all(StaffSearchCriteria criteria, int page, int pageSize);
}
