package news.broadsheet.article;

import java.util.List;
import java.util.Set;

/**
 * An article's content as someone typed it into the editor. Every field is untrusted until
 * {@link Newsdesk} has checked it; {@code topicNames} is comma-separated and new names become topics.
 */
public record ArticleDraft(
        String headline,
        String standfirst,
        String slug,
        String bodyMarkdown,
        Long sectionId,
        String topicNames,
        List<Long> authorIds,
        Long heroImageId,
        Set<String> editions) {

    public ArticleDraft {
        headline = headline == null ? "" : headline;
        standfirst = standfirst == null ? "" : standfirst;
        slug = slug == null ? "" : slug;
        bodyMarkdown = bodyMarkdown == null ? "" : bodyMarkdown;
        topicNames = topicNames == null ? "" : topicNames;
        authorIds = authorIds == null ? List.of() : List.copyOf(authorIds);
        editions = editions == null ? Set.of() : Set.copyOf(editions);
    }

    public static ArticleDraft empty() {
        return new ArticleDraft("", "", "", "", null, "", List.of(), null, Set.of());
    }

    /** The same draft with the words of an autosave in place of its own. */
    public ArticleDraft withText(String headline, String standfirst, String bodyMarkdown) {
        return new ArticleDraft(headline, standfirst, slug, bodyMarkdown, sectionId, topicNames, authorIds,
                heroImageId, editions);
    }
}
