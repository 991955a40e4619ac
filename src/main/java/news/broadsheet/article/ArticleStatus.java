package news.broadsheet.article;

import java.util.Locale;

/** Where an article is in its life: draft, in review, scheduled or published, and unpublished. */
public enum ArticleStatus {
    DRAFT("Draft"),
    IN_REVIEW("In review"),
    SCHEDULED("Scheduled"),
    PUBLISHED("Published"),
    UNPUBLISHED("Unpublished");

    private final String label;

    ArticleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArticleStatus fromColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** Readers can see the article now, so changing it must refresh every cached page. */
    public boolean isLive() {
        return this == PUBLISHED;
    }
}
