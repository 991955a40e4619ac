package news.broadsheet.article;

import java.time.Instant;

/** One line of a newsroom list: enough to recognise an article and open it. */
public record DeskEntry(long id, String headline, String slug, ArticleStatus status, Instant savedAt,
                        Instant publishedAt, Instant scheduledFor) {
}
