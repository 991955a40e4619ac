package news.broadsheet.article;

import java.time.Instant;

/** An article of any state as the newsroom's search lists it. {@code publishedAt} is null until it is published. */
public record StaffSearchHit(long id, String slug, String headline, String status, Section section,
                             String authorNames, Instant publishedAt, Instant lastChangedAt) {

    public boolean isPublished() {
        return "published".equals(status);
    }

    /** The public page; only a published article has one. */
    public String path() {
        return Article.pathOf(slug);
    }

    public String statusLabel() {
        return StaffSearchCriteria.statusLabel(status);
    }
}
