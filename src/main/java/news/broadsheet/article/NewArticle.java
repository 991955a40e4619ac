package news.broadsheet.article;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** An article as its writer hands it in. {@code bodyMarkdown} is untrusted and sanitised when stored. */
public record NewArticle(
        String slug,
        String headline,
        String standfirst,
        String bodyMarkdown,
        long sectionId,
        List<Long> authorIds,
        List<Long> topicIds,
        Long heroImageId,
        Set<String> editions,
        Instant publishedAt,
        Instant updatedAt) {
}
