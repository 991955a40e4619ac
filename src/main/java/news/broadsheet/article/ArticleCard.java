package news.broadsheet.article;

import java.time.Instant;
import java.util.List;
import news.broadsheet.media.Image;

/** What a front, a list or a feed shows of a published article. */
public record ArticleCard(
        long id,
        String slug,
        String headline,
        String standfirst,
        Section section,
        List<Author> authors,
        Image hero,
        Instant publishedAt,
        Instant updatedAt) {

    public String path() {
        return Article.pathOf(slug);
    }

    /** The time the article last changed: its update if it has one, else its publication. */
    public Instant modifiedAt() {
        return updatedAt != null ? updatedAt : publishedAt;
    }
}
