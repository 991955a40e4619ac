package news.broadsheet.alert.internal;

import java.util.Optional;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticlePublished;
import news.broadsheet.article.Articles;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.Editions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Alerts that go out by themselves: when an article with the topic "breaking" is published, each of its
 * editions that has "Send breaking-news alerts automatically" on alerts its breaking-news subscribers, as
 * the compose form would have it. Once per article and edition, however often the article is published
 * again and whichever node sees the publication: the alert table's unique key decides.
 */
@Component
class BreakingAlerts {

    /** The slug of the article topic that asks for an alert ("Breaking" in the editor's topics). */
    static final String ARTICLE_TOPIC = "breaking";
    private static final Logger log = LoggerFactory.getLogger(BreakingAlerts.class);

    private final Articles articles;
    private final Editions editions;
    private final AlertComposer composer;
    private final AlertDispatch dispatch;

    BreakingAlerts(Articles articles, Editions editions, AlertComposer composer, AlertDispatch dispatch) {
        this.articles = articles;
        this.editions = editions;
        this.composer = composer;
        this.dispatch = dispatch;
    }

    /**
     * Runs once the publication is committed, so the alert never announces an article that was not
     * published. A failure here is logged, never thrown: the article is published whatever becomes of its alert.
     */
    @TransactionalEventListener
    void articlePublished(ArticlePublished published) {
        try {
            alert(published);
        } catch (RuntimeException failed) {
            log.error("The automatic alert for article {} could not be sent", published.articleId(), failed);
        }
    }

    /** Sends the publication's automatic alerts: what every node hearing of the publication would do. */
    void alert(ArticlePublished published) {
        Optional<Article> article = articles.published(published.slug())
                .filter(found -> found.id() == published.articleId())
                .filter(found -> found.topics().stream().anyMatch(topic -> topic.slug().equals(ARTICLE_TOPIC)));
        if (article.isEmpty()) {
            return;
        }
        for (Edition edition : editions.all()) {
            if (edition.breakingAlerts() && article.get().editions().contains(edition.code())) {
                dispatch.sendAutomatic(composer.automatic(article.get(), edition), article.get().id())
                        .ifPresent(id -> log.info("Automatic alert {} for article {} goes to the {} edition",
                                id, article.get().id(), edition.code()));
            }
        }
    }
}
