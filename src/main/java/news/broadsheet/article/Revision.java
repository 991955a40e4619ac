package news.broadsheet.article;

import java.time.Instant;

/**
 * The content of an article as one save left it (or, when {@code refused}, as a save that lost a conflict
 * tried to leave it). {@code articleVersion} is the version the save produced; null when refused.
 */
public record Revision(long id, long articleId, Integer articleVersion, String kind, String staffName,
                       Instant savedAt, ArticleDraft content) {

    public boolean refused() {
        return "refused".equals(kind);
    }
}
