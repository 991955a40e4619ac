package news.broadsheet.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Published journalism, as readers, feeds and sitemaps see it. Drafts never appear here. */
public interface Articles {

    Optional<Article> published(String slug);

    ResultPage<ArticleCard> latestInEdition(String editionCode, int page, int pageSize);

    /**
     * The edition's front: the stories editors placed on it first, in their order, then every other story in
     * the edition, newest first. Each story appears once across all pages.
     */
    ResultPage<ArticleCard> editionFront(String editionCode, int page, int pageSize);

    ResultPage<ArticleCard> latestInSection(String editionCode, long sectionId, int page, int pageSize);

    ResultPage<ArticleCard> byAuthor(long authorId, int page, int pageSize);

    ResultPage<ArticleCard> byTopic(long topicId, int page, int pageSize);

    /** Every published article, newest first, a slice at a time (for sitemaps). */
    List<ArticleCard> allPublished(int offset, int limit);

    long countPublished();

    /** Cards of the published articles with these ids, in the order of the ids; unpublished ones are left out. */
    List<ArticleCard> publishedCards(List<Long> ids);

    /** Articles published at or after the instant, newest first (for the news sitemap). */
    List<ArticleCard> publishedSince(Instant since);

    List<Section> sections();

    Optional<Section> section(String slug);

    List<Author> authors();

    Optional<Author> author(String slug);

    Optional<Topic> topic(String slug);
}
