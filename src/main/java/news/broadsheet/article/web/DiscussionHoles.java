package news.broadsheet.article.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import news.broadsheet.article.ArticleDiscussion;
import news.broadsheet.edition.Edition;
import news.broadsheet.site.Pages;
import news.broadsheet.site.RenderedPage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Puts the discussion into a cached article page. The cached page holds two markers: where the comment
 * count goes in the byline, and where the discussion goes, naming the article. Each request fills them from
 * {@link ArticleDiscussion}; the completed page is cached per version of the discussion, so a new comment
 * drops only that article's completed pages, and the page's ETag and Last-Modified follow both the article
 * and its discussion.
 */
@Component
class DiscussionHoles {

    private static final byte[] COUNT = ArticlePage.COUNT_HOLE.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DISCUSSION = "<!--discussion ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "-->".getBytes(StandardCharsets.US_ASCII);

    private final ObjectProvider<ArticleDiscussion> discussions;
    private final Pages pages;

    DiscussionHoles(ObjectProvider<ArticleDiscussion> discussions, Pages pages) {
        this.discussions = discussions;
        this.pages = pages;
    }

    static String discussionMarker(long articleId) {
        return "<!--discussion " + articleId + "-->";
    }

    /**
     * The page with its discussion. A {@code shared} page whose discussion is the same for everyone is kept
     * in the page cache under the discussion's version and the query (sort, page), so the next reader gets
     * it from the cache, fast path included, until the discussion changes ({@link ArticleDiscussion#pagesOf}).
     */
    ResponseEntity<byte[]> fill(RenderedPage page, String pageKey, String articlePath, Edition edition,
                                HttpServletRequest request, boolean shared) {
        ArticleDiscussion discussion = discussions.getIfAvailable();
        byte[] body = page.body();
        int discussionAt = lastIndexOf(body, DISCUSSION);
        int countAt = indexOf(body, COUNT, 0);
        if (discussion == null || discussionAt < 0 || countAt < 0 || countAt > discussionAt) {
            return shared ? Pages.respond(page) : forThisReaderOnly(page);
        }
        int idEnd = indexOf(body, END, discussionAt);
        long articleId = Long.parseLong(new String(body, discussionAt + DISCUSSION.length,
                idEnd - discussionAt - DISCUSSION.length, StandardCharsets.US_ASCII));
        ArticleDiscussion.Part part = discussion.below(articleId, articlePath, edition, request);

        ByteArrayOutputStream filled = new ByteArrayOutputStream(body.length + part.html().length + 16);
        filled.write(body, 0, countAt);
        filled.writeBytes(Integer.toString(part.count()).getBytes(StandardCharsets.US_ASCII));
        int afterCount = countAt + COUNT.length;
        filled.write(body, afterCount, discussionAt - afterCount);
        filled.writeBytes(part.html());
        int afterDiscussion = idEnd + END.length;
        filled.write(body, afterDiscussion, body.length - afterDiscussion);

        Instant lastModified = page.lastModified() == null || part.changedAt().isAfter(page.lastModified())
                ? part.changedAt() : page.lastModified();
        RenderedPage whole = Pages.page(filled.toByteArray(), page.contentType(), lastModified);
        if (part.personal()) {
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(whole.contentType())
                    .body(whole.body());
        }
        if (!shared) {
            return forThisReaderOnly(whole);
        }
        String query = request.getQueryString() == null ? "" : request.getQueryString();
        return pages.cached(ArticleDiscussion.pagesOf(articleId) + part.version() + ":" + pageKey + "?" + query,
                () -> whole);
    }

    /** A page rendered for one reader: their browser may keep it (and revalidate), no shared cache may. */
    private static ResponseEntity<byte[]> forThisReaderOnly(RenderedPage page) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .cacheControl(CacheControl.noCache().cachePrivate())
                .varyBy("Cookie")
                .contentType(page.contentType())
                .eTag(page.etag());
        if (page.lastModified() != null) {
            response.lastModified(page.lastModified());
        }
        return response.body(page.body());
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The discussion sits at the end of the page, so looking from the end finds it soonest. */
    private static int lastIndexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
