package news.broadsheet.article;

import java.util.List;

/** What staff search for: words, and optionally a status, an author's slug and a section's slug (blank = any). */
public record StaffSearchCriteria(String text, String status, String authorSlug, String sectionSlug) {

    /** The states an article moves through, as stored. */
    public static final List<String> STATUSES = List.of("draft", "in_review", "scheduled", "published", "unpublished");

    public StaffSearchCriteria {
        text = ArticleSearch.cleanQuery(text);
        status = status == null ? "" : status.strip();
        authorSlug = authorSlug == null ? "" : authorSlug.strip();
        sectionSlug = sectionSlug == null ? "" : sectionSlug.strip();
    }

    /** A stored status as staff read it: "in_review" is "In review". */
    public static String statusLabel(String status) {
        String words = status.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
