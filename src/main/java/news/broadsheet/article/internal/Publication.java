package news.broadsheet.article.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import news.broadsheet.article.ArticlePublished;
import news.broadsheet.audit.AuditTrail;
import news.broadsheet.site.ContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Puts an article in front of readers, now or when its scheduled time comes. */
@Component
class Publication {

    static final String SCHEDULER = "scheduler";

    private final JdbcClient jdbc;
    private final HeroImageCheck heroImageCheck;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Publication(JdbcClient jdbc, HeroImageCheck heroImageCheck, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.heroImageCheck = heroImageCheck;
        this.audit = audit;
        this.events = events;
    }

    /** Publishes within the caller's transaction; an article published before keeps its first publication time. */
    void publish(long id, Instant at, String actor, String action) {
        String slug = jdbc.sql("""
                        update article set status = 'published', published_at = coalesce(published_at, :at),
                               scheduled_for = null, scheduled_edition = null
                        where id = :id
                        returning slug""")
                .param("id", id).param("at", Timestamp.from(at)).query(String.class).single();
        audit.record(actor, action, "article", String.valueOf(id), "");
        events.publishEvent(new ContentChanged("article"));
        events.publishEvent(new ArticlePublished(id, slug));
    }

    /**
     * Run by the scheduled task. Does nothing unless the article is still scheduled and due, so a schedule that
     * was replaced or cancelled while the task was already running cannot publish it.
     */
    @Transactional
    void publishIfDue(long id) {
        record Due(Instant at, Long hero) {
        }
        Optional<Due> due = jdbc.sql("""
                        select scheduled_for, hero_image_id from article
                        where id = :id and status = 'scheduled' and scheduled_for <= now() + interval '1 second'
                        for update""")
                .param("id", id)
                .query((rs, n) -> new Due(rs.getTimestamp("scheduled_for").toInstant(), rs.getObject("hero_image_id", Long.class)))
                .optional();
        due.ifPresent(article -> heroImageCheck.problem(article.hero()).ifPresentOrElse(problem -> {
            jdbc.sql("update article set status = 'in_review', scheduled_for = null, scheduled_edition = null where id = :id")
                    .param("id", id).update();
            audit.record(SCHEDULER, "scheduled publication refused", "article", String.valueOf(id), problem);
        }, () -> publish(id, article.at(), SCHEDULER, "published (scheduled)")));
    }
}
