package news.broadsheet.article;

import java.time.Instant;
import java.util.List;

/**
 * An article as the newsroom edits it, whatever its status. {@code version} must be sent back with a save;
 * {@code ownerStaffId} is the staff member who started it (null for articles loaded from elsewhere).
 */
public record EditableArticle(
        long id,
        ArticleStatus status,
        int version,
        Long ownerStaffId,
        ArticleDraft draft,
        Instant savedAt,
        Instant publishedAt,
        Instant scheduledFor,
        String scheduledEdition,
        List<Correction> corrections) {

    public boolean ownedBy(long staffId) {
        return ownerStaffId != null && ownerStaffId == staffId;
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }
}
