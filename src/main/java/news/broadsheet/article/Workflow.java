package news.broadsheet.article;

import java.time.Instant;
import java.util.Optional;

/**
 * Moving an article through draft, review, scheduled, published and unpublished, and adding corrections.
 * Each method answers why it refused, or empty when done; every change is audited, and each change readers
 * can see refreshes every page built from the article.
 */
public interface Workflow {

    Optional<String> submitForReview(long articleId, Actor by);

    Optional<String> publish(long articleId, Actor by);

    /** Publishes at {@code at}, once, on one node, even across restarts; replaces any earlier schedule. */
    Optional<String> schedule(long articleId, Instant at, String editionCode, Actor by);

    Optional<String> unpublish(long articleId, Actor by);

    Optional<String> addCorrection(long articleId, CorrectionKind kind, String text, Actor by);
}
