package news.broadsheet.article;

import java.time.Instant;

/** The words one staff member was typing into an article, saved in passing without making a revision. */
public record AutosavedText(String headline, String standfirst, String bodyMarkdown, Instant savedAt) {
}
