package news.broadsheet.alert.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.article.Article;
import news.broadsheet.article.Articles;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.Editions;
import org.springframework.stereotype.Component;

/**
 * Checks an editor's compose form and turns it into an alert, or says, field by field, what is wrong.
 * Limits follow what notifications can show: browsers cut titles and bodies much longer than these.
 */
@Component
class AlertComposer {

    /** Who the alert history and audit trail name as the sender of alerts that went out by themselves. */
    static final String AUTOMATIC_SENDER = "automatic breaking-news alert";
    static final int MAX_TITLE = 120;
    static final int MAX_BODY = 300;
    private static final int MAX_IMAGE_PATH = 500;
    private static final Duration FURTHEST_AHEAD = Duration.ofDays(30);

    record Result(NewAlert alert, Map<String, String> problems) {
    }

    private final Articles articles;
    private final Editions editions;
    private final AlertTopics topics;
    private final Clock clock;

    AlertComposer(Articles articles, Editions editions, AlertTopics topics) {
        this.articles = articles;
        this.editions = editions;
        this.topics = topics;
        this.clock = Clock.systemUTC();
    }

    /** The form an editor starts from: the article's headline, standfirst and picture, to breaking-news readers of its first edition. */
    AlertForm prefilled(Article article) {
        String edition = editions.all().stream().map(Edition::code).filter(article.editions()::contains)
                .findFirst().orElse(editions.defaultEdition().code());
        return prefilled(article, edition);
    }

    private AlertForm prefilled(Article article, String edition) {
        String image = article.hero() == null ? "" : article.hero().defaultSrc();
        return new AlertForm(article.slug(), truncated(oneLine(article.headline()), MAX_TITLE),
                truncated(oneLine(article.standfirst() == null ? "" : article.standfirst()), MAX_BODY),
                SameSitePaths.isSameSite(image) && image.length() <= MAX_IMAGE_PATH ? image : "", edition,
                List.of(AlertTopics.BREAKING), AlertForm.NOW, "");
    }

    /** The alert that goes out by itself when the article is published in the edition: what the form would start from, sent now. */
    NewAlert automatic(Article article, Edition edition) {
        AlertForm form = prefilled(article, edition.code());
        return new NewAlert(form.title(), form.body(), article.path(), form.image().isEmpty() ? null : form.image(),
                edition.code(), form.topics(), clock.instant(), AUTOMATIC_SENDER);
    }

    Result check(AlertForm form, String editor) {
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<Article> article = articles.published(form.article());
        if (article.isEmpty()) {
            problems.put("article", "Choose a published article for the alert to open.");
        }
        text(form.title(), "title", "title", MAX_TITLE, true, problems);
        text(form.body(), "body", "text", MAX_BODY, false, problems);
        if (!form.image().isEmpty()
                && (!SameSitePaths.isSameSite(form.image()) || form.image().length() > MAX_IMAGE_PATH)) {
            problems.put("image", "Use a picture from this site (a path starting with /), or leave it empty.");
        }
        Optional<Edition> edition = editions.find(form.edition());
        if (edition.isEmpty()) {
            problems.put("edition", "Choose one of the site's editions.");
        }
        if (form.topics().isEmpty()) {
            problems.put("topics", "Choose at least one group of readers.");
        } else if (!form.topics().stream().allMatch(topics::exists)) {
            problems.put("topics", "Choose only the groups of readers listed.");
        }
        Instant sendAt = clock.instant();
        if (form.later() && edition.isPresent()) {
            sendAt = scheduled(form.sendAt(), edition.get(), problems);
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new NewAlert(form.title(), form.body(), article.orElseThrow().path(),
                form.image().isEmpty() ? null : form.image(), form.edition(), form.topics(), sendAt, editor), problems);
    }

    private Instant scheduled(String value, Edition edition, Map<String, String> problems) {
        try {
            Instant at = LocalDateTime.parse(value).atZone(edition.zone()).toInstant();
            Instant now = clock.instant();
            if (at.isBefore(now) || at.isAfter(now.plus(FURTHEST_AHEAD))) {
                problems.put("sendAt", "Choose a time in the next 30 days, or send it now.");
            }
            return at;
        } catch (DateTimeParseException unreadable) {
            problems.put("sendAt", "Give the date and time to send it, as " + edition.name() + " readers' clocks show it.");
            return null;
        }
    }

    /** Refuses control characters because a notification shows them as boxes or not at all, and line breaks vary by platform. */
    private static void text(String value, String field, String name, int max, boolean required,
                             Map<String, String> problems) {
        if (required && value.isEmpty()) {
            problems.put(field, "Write the alert's " + name + ".");
        } else if (value.codePointCount(0, value.length()) > max) {
            problems.put(field, "Keep the " + name + " to " + max + " characters; it has " + value.codePointCount(0, value.length()) + ".");
        } else if (value.codePoints().anyMatch(Character::isISOControl)) {
            problems.put(field, "The " + name + " cannot contain line breaks, tabs or other control characters.");
        }
    }

    /** Line breaks and other control characters as single spaces, since a notification shows one line of each. */
    private static String oneLine(String value) {
        return value.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }

    private static String truncated(String value, int max) {
        return value.codePointCount(0, value.length()) <= max
                ? value : value.substring(0, value.offsetByCodePoints(0, max - 1)).strip() + "…";
    }
}
