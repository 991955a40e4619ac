package news.broadsheet.article;

/**
 * Full-text search over articles (PostgreSQL {@code websearch_to_tsquery}: quoted phrases, {@code OR} and
 * {@code -word} work, and no input can make the query fail).
 */
public interface ArticleSearch {

    /** Longest query text accepted, in characters. */
    int MAX_QUERY_LENGTH = 200;

    /**
     * The text as it can be searched: PostgreSQL refuses text with a NUL character, and no control character
     * means anything in a search, so they become spaces; the ends are trimmed.
     */
    static String cleanQuery(String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}", " ").strip();
    }

    /** Published articles matching the text (see {@link #cleanQuery}), best match first, newest first among equals. */
    ResultPage<SearchHit> published(String text, int page, int pageSize);

    /** Articles in any state, for the newsroom: ranked when there is text, most recently changed first otherwise. */
    ResultPage<StaffSearchHit> all(StaffSearchCriteria criteria, int page, int pageSize);
}
