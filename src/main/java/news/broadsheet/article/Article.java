package news.broadsheet.article;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import news.broadsheet.media.Image;

/**
 * A published article, whole. {@code bodyHtml} is already sanitised and safe to embed; {@code corrections}
 * are oldest first.
 */
public record Article(
        long id,
        String slug,
        String headline,
        String standfirst,
        String bodyHtml,
        Section section,
        List<Topic> topics,
        List<Author> authors,
        Image hero,
        Instant publishedAt,
        Instant updatedAt,
        Set<String> editions,
        List<Correction> corrections) {

    public static String pathOf(String slug) {
        return "/articles/" + slug;
    }

    public String path() {
        return pathOf(slug);
    }

    public Instant modifiedAt() {
        return updatedAt != null ? updatedAt : publishedAt;
    }

    public boolean wasUpdated() {
        return updatedAt != null && updatedAt.isAfter(publishedAt);
    }
}
