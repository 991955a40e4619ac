package news.broadsheet.article;

/**
 * An article went in front of readers through the workflow: published by an editor, or by its schedule.
 * Raised inside the publishing transaction, so listeners that act on it should wait for its commit. An
 * article unpublished and published again raises it again: listeners that must act once per article keep
 * their own record.
 */
public record ArticlePublished(long articleId, String slug) {
}
