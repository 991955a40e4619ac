package news.broadsheet.article.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import news.broadsheet.article.ArticleDraft;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.Editions;
import news.broadsheet.media.Images;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks a draft before anything is stored: tidies what can be tidied (trimming, a slug from the headline)
 * and names, field by field, what cannot be accepted.
 */
@Component
class DraftCheck {

    static final int MAX_HEADLINE = 300;
    static final int MAX_STANDFIRST = 600;
    static final int MAX_BODY = 200_000;
    static final int MAX_TOPICS = 20;
    static final int MAX_TOPIC_NAME = 80;

    record Result(ArticleDraft tidied, Map<String, String> problems) {
    }

    private final JdbcClient jdbc;
    private final Editions editions;
    private final Images images;

    DraftCheck(JdbcClient jdbc, Editions editions, Images images) {
        this.jdbc = jdbc;
        this.editions = editions;
        this.images = images;
    }

    /** {@code articleId} is the article being saved, null for a new one, so its own slugs do not count as taken. */
    Result check(ArticleDraft draft, Long articleId) {
        Map<String, String> problems = new LinkedHashMap<>();
        String headline = draft.headline().strip();
        String standfirst = draft.standfirst().strip();
        if (headline.isEmpty() || headline.length() > MAX_HEADLINE) {
            problems.put("headline", "Write a headline of 1 to " + MAX_HEADLINE + " characters.");
        } else if (TextRules.hasForbiddenInLine(headline)) {
            problems.put("headline", "The headline contains control characters or text-direction overrides; remove them.");
        }
        if (standfirst.length() > MAX_STANDFIRST) {
            problems.put("standfirst", "Keep the standfirst to " + MAX_STANDFIRST + " characters.");
        } else if (TextRules.hasForbiddenInLine(standfirst)) {
            problems.put("standfirst", "The standfirst contains line breaks, control characters or text-direction "
                    + "overrides; remove them.");
        }
        if (draft.bodyMarkdown().length() > MAX_BODY) {
            problems.put("body", "The body is longer than " + MAX_BODY + " characters.");
        } else if (TextRules.hasForbiddenInBody(draft.bodyMarkdown())) {
            problems.put("body", "The body contains control characters or text-direction overrides; remove them.");
        }
        String slug = draft.slug().strip();
        if (slug.isEmpty()) {
            slug = SlugRules.fromHeadline(headline);
        }
        checkSlug(slug, articleId, problems);
        checkFiling(draft, problems);
        List<String> topics = topicNames(draft.topicNames(), problems);
        ArticleDraft tidied = new ArticleDraft(headline, standfirst, slug, draft.bodyMarkdown(), draft.sectionId(),
                String.join(", ", topics), new ArrayList<>(new LinkedHashSet<>(draft.authorIds())),
                draft.heroImageId(), draft.editions());
        return new Result(tidied, problems);
    }

    private void checkSlug(String slug, Long articleId, Map<String, String> problems) {
        if (slug.isEmpty()) {
            problems.put("slug", "Write a slug: the headline has no letters or digits to make one from.");
            return;
        }
        SlugRules.problemWithForm(slug).ifPresentOrElse(problem -> problems.put("slug", problem), () -> {
            long self = articleId == null ? -1 : articleId;
            boolean taken = jdbc.sql("select exists (select 1 from article where slug = :slug and id <> :self)")
                    .param("slug", slug).param("self", self).query(Boolean.class).single();
            boolean formerlyOther = jdbc.sql("select exists (select 1 from article_old_slug where slug = :slug and article_id <> :self)")
                    .param("slug", slug).param("self", self).query(Boolean.class).single();
            if (taken) {
                problems.put("slug", "Another article already uses this slug; choose another.");
            } else if (formerlyOther) {
                problems.put("slug", "This slug used to belong to another article and still leads readers there; choose another.");
            }
        });
    }

    private void checkFiling(ArticleDraft draft, Map<String, String> problems) {
        if (draft.sectionId() == null || !exists("section", List.of(draft.sectionId()))) {
            problems.put("section", "Choose the section the article belongs to.");
        }
        if (draft.authorIds().isEmpty() || !exists("author", draft.authorIds())) {
            problems.put("authors", "Choose at least one author from the list.");
        }
        if (draft.heroImageId() != null && images.find(draft.heroImageId()).isEmpty()) {
            problems.put("hero", "That picture is not in the library.");
        }
        Set<String> known = editions.all().stream().map(Edition::code).collect(Collectors.toSet());
        if (draft.editions().isEmpty() || !known.containsAll(draft.editions())) {
            problems.put("editions", "Choose at least one edition to publish in.");
        }
    }

    /** {@code table} is one of this module's own tables, named in this class, never from input. */
    private boolean exists(String table, List<Long> ids) {
        Set<Long> distinct = Set.copyOf(ids);
        return jdbc.sql("select count(*) from " + table + " where id = any(:ids)")
                .param("ids", distinct.toArray(Long[]::new)).query(Long.class).single() == distinct.size();
    }

    private static List<String> topicNames(String commaSeparated, Map<String, String> problems) {
        List<String> names = new ArrayList<>();
        for (String part : commaSeparated.split(",")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.length() > MAX_TOPIC_NAME || TextRules.hasForbiddenInLine(name) || SlugRules.fromHeadline(name).isEmpty()) {
                problems.put("topics", "Each topic is a name of up to " + MAX_TOPIC_NAME
                        + " characters with at least one letter or digit, separated by commas.");
            } else if (names.stream().noneMatch(name::equalsIgnoreCase)) {
                names.add(name);
            }
        }
        if (names.size() > MAX_TOPICS) {
            problems.put("topics", "Give at most " + MAX_TOPICS + " topics.");
        }
        return names;
    }
}
