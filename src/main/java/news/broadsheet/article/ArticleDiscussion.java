package news.broadsheet.article;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import news.broadsheet.edition.Edition;

/**
 * Readers' discussion of articles, as the article module's pages show it. The article page is cached whole
 * and dropped on every node whenever content changes; comments change far more often than articles and a
 * signed-in reader sees their own controls, so the discussion is not cached with the article but put into
 * the cached page for each request. Implemented by the comment module; without it pages show no discussion.
 */
public interface ArticleDiscussion {

    /** The discussion under one article, for this request: its count, its HTML and how to cache it. */
    Part below(long articleId, String articlePath, Edition edition, HttpServletRequest request);

    /** How many comments each article shows; articles nobody has commented on may be missing. */
    Map<Long, Integer> counts(Collection<Long> articleIds);

    /**
     * The start of the page-cache keys of an article's pages completed with its discussion: whoever changes
     * the discussion has every node {@code Pages.forget} them.
     */
    static String pagesOf(long articleId) {
        return EVERY_DISCUSSION_PAGE + articleId + ":";
    }

    /** The start of the keys of every article's completed pages. */
    String EVERY_DISCUSSION_PAGE = "discussion:";

    /**
     * {@code version} changes whenever the HTML does; {@code personal} HTML was made for one signed-in reader
     * and must not be kept by any shared cache.
     */
    record Part(int count, byte[] html, String version, Instant changedAt, boolean personal) {
    }
}
