package news.broadsheet.article.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerClient.ScheduleOptions;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import news.broadsheet.article.Actor;
import news.broadsheet.article.ArticleStatus;
import news.broadsheet.article.CorrectionKind;
import news.broadsheet.article.Workflow;
import news.broadsheet.audit.AuditTrail;
import news.broadsheet.edition.Editions;
import news.broadsheet.site.ContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The article workflow. Database changes commit first and the scheduler is told afterwards, so a task can
 * never run against a change that was rolled back; the task itself re-checks the article before acting.
 */
@Component
class JdbcWorkflow implements Workflow {

    static final int MAX_CORRECTION = 2000;
    private static final Set<ArticleStatus> PUBLISHABLE =
            EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, ArticleStatus.SCHEDULED, ArticleStatus.UNPUBLISHED);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Publication publication;
    private final HeroImageCheck heroImageCheck;
    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> publishTask;
    private final Editions editions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcWorkflow(JdbcClient jdbc, TransactionTemplate transaction, Publication publication, HeroImageCheck heroImageCheck,
                 SchedulerClient scheduler, OneTimeTask<Void> publishScheduledArticle, Editions editions,
                 AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.publication = publication;
        this.heroImageCheck = heroImageCheck;
        this.scheduler = scheduler;
        this.publishTask = publishScheduledArticle;
        this.editions = editions;
        this.audit = audit;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    private record Current(ArticleStatus status, Long heroImageId) {
    }

    private Optional<Current> lock(long id) {
        return jdbc.sql("select status, hero_image_id from article where id = :id for update")
                .param("id", id)
                .query((rs, n) -> new Current(ArticleStatus.fromColumn(rs.getString("status")), rs.getObject("hero_image_id", Long.class)))
                .optional();
    }

    @Override
    public Optional<String> submitForReview(long articleId, Actor by) {
        return inTransaction(() -> {
            Current current = lock(articleId).orElseThrow();
            if (current.status() != ArticleStatus.DRAFT) {
                return Optional.of("Only a draft can be submitted for review; this article is " + current.status().label().toLowerCase() + ".");
            }
            setStatus(articleId, ArticleStatus.IN_REVIEW);
            audit.record(by.name(), "submitted for review", "article", String.valueOf(articleId), "");
            return Optional.empty();
        });
    }

    @Override
    public Optional<String> publish(long articleId, Actor by) {
        Optional<String> refusal = inTransaction(() -> {
            Current current = lock(articleId).orElseThrow();
            if (!PUBLISHABLE.contains(current.status())) {
                return Optional.of("This article is already published.");
            }
            Optional<String> heroProblem = heroImageCheck.problem(current.heroImageId());
            if (heroProblem.isPresent()) {
                return heroProblem;
            }
            publication.publish(articleId, clock.instant(), by.name(), "published");
            return Optional.empty();
        });
        if (refusal.isEmpty()) {
            cancelScheduledPublication(articleId);
        }
        return refusal;
    }

    @Override
    public Optional<String> schedule(long articleId, Instant at, String editionCode, Actor by) {
        if (editions.find(editionCode).isEmpty()) {
            return Optional.of("Choose the edition whose time zone the time is in.");
        }
        if (!at.isAfter(clock.instant())) {
            return Optional.of("That time has passed; choose a time in the future.");
        }
        Optional<String> refusal = inTransaction(() -> {
            Current current = lock(articleId).orElseThrow();
            if (!PUBLISHABLE.contains(current.status())) {
                return Optional.of("This article is already published; unpublish it first to schedule it again.");
            }
            Optional<String> heroProblem = heroImageCheck.problem(current.heroImageId());
            if (heroProblem.isPresent()) {
                return heroProblem;
            }
            jdbc.sql("update article set status = 'scheduled', scheduled_for = :at, scheduled_edition = :edition where id = :id")
                    .param("id", articleId).param("at", Timestamp.from(at)).param("edition", editionCode).update();
            audit.record(by.name(), "scheduled", "article", String.valueOf(articleId), "for " + at + " (" + editionCode + " edition)");
            return Optional.empty();
        });
        if (refusal.isEmpty()) {
            scheduler.schedule(publishTask.instance(String.valueOf(articleId)), at, ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
        }
        return refusal;
    }

    @Override
    public Optional<String> unpublish(long articleId, Actor by) {
        Optional<String> refusal = inTransaction(() -> {
            Current current = lock(articleId).orElseThrow();
            if (current.status() != ArticleStatus.PUBLISHED && current.status() != ArticleStatus.SCHEDULED) {
                return Optional.of("Only a published or scheduled article can be unpublished.");
            }
            jdbc.sql("update article set status = 'unpublished', scheduled_for = null, scheduled_edition = null where id = :id")
                    .param("id", articleId).update();
            audit.record(by.name(), "unpublished", "article", String.valueOf(articleId), "was " + current.status().label().toLowerCase());
            events.publishEvent(new ContentChanged("article"));
            return Optional.empty();
        });
        if (refusal.isEmpty()) {
            cancelScheduledPublication(articleId);
        }
        return refusal;
    }

    @Override
    public Optional<String> addCorrection(long articleId, CorrectionKind kind, String text, Actor by) {
        String note = text == null ? "" : text.strip();
        if (note.isEmpty() || note.length() > MAX_CORRECTION) {
            return Optional.of("Write the " + kind.label().toLowerCase() + " in 1 to " + MAX_CORRECTION + " characters.");
        }
        if (TextRules.hasForbiddenInBody(note)) {
            return Optional.of("The text contains control characters or text-direction overrides; remove them.");
        }
        return inTransaction(() -> {
            Current current = lock(articleId).orElseThrow();
            if (current.status() != ArticleStatus.PUBLISHED) {
                return Optional.of("Corrections and updates are added to published articles; edit a draft directly.");
            }
            jdbc.sql("insert into article_correction (article_id, kind, text, added_by) values (:id, :kind, :text, :by)")
                    .param("id", articleId).param("kind", kind.column()).param("text", note).param("by", by.name()).update();
            jdbc.sql("update article set updated_at = now() where id = :id").param("id", articleId).update();
            audit.record(by.name(), "added " + kind.label().toLowerCase(), "article", String.valueOf(articleId), note);
            events.publishEvent(new ContentChanged("article"));
            return Optional.empty();
        });
    }

    private void setStatus(long articleId, ArticleStatus status) {
        jdbc.sql("update article set status = :status where id = :id")
                .param("id", articleId).param("status", status.column()).update();
    }

    /**
     * A task that is running right now, or has just finished, cannot be cancelled and need not be: it
     * re-checks the article and finds it no longer scheduled.
     */
    private void cancelScheduledPublication(long articleId) {
        TaskInstanceId id = TaskInstanceId.of(ScheduledPublishing.TASK_NAME, String.valueOf(articleId));
        try {
            if (scheduler.getScheduledExecution(id).isPresent()) {
                scheduler.cancel(id);
            }
        } catch (TaskInstanceException runningOrGone) {
            return;
        }
    }

    private Optional<String> inTransaction(Supplier<Optional<String>> work) {
        return transaction.execute(status -> {
            Optional<String> refusal = work.get();
            if (refusal.isPresent()) {
                status.setRollbackOnly();
            }
            return refusal;
        });
    }
}
