package news.broadsheet.inbox.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Instant;
import news.broadsheet.comment.CommentEdited;
import news.broadsheet.comment.CommentModerated;
import news.broadsheet.comment.CommentPublished;
import news.broadsheet.comment.CommentWithdrawn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Takes the comment module's events inside the transaction that publishes them. A published comment is
 * copied there and then, so a comment shown to readers always has its copy; its notifications, which may go
 * to thousands of followers and send mail, are written by a job scheduled once that transaction commits, so
 * posting never waits for them (and the sweep in {@link InboxJobs} catches a node that stops in between). An
 * edit or a withdrawal changes the copy and the notifications already written about the comment, in the
 * transaction that changed the comment, so the old or deleted words are nowhere once it commits. A
 * moderation decision concerns one reader and is delivered at once, in the same transaction.
 */
@Component
class CommentEvents {

    private final InboxStore store;
    private final Deliveries deliveries;
    private final SchedulerClient jobs;
    private final OneTimeTask<Void> notifyTask;

    CommentEvents(InboxStore store, Deliveries deliveries, SchedulerClient jobs, OneTimeTask<Void> inboxNotifyTask) {
        this.store = store;
        this.deliveries = deliveries;
        this.jobs = jobs;
        this.notifyTask = inboxNotifyTask;
    }

    @EventListener
    void on(CommentPublished published) {
        if (!store.copy(Copies.of(published))) {
            return;
        }
        long id = published.commentId();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    scheduleNotifications(id);
                }
            });
        } else {
            scheduleNotifications(id);
        }
    }

    @EventListener
    void on(CommentEdited edited) {
        store.edit(edited.commentId(), Copies.shortened(edited.excerpt(), Copies.MAX_EXCERPT),
                edited.editedAt() == null ? Instant.now() : edited.editedAt());
    }

    @EventListener
    void on(CommentWithdrawn withdrawn) {
        store.withdraw(withdrawn.commentId(), withdrawn.withdrawnAt() == null ? Instant.now() : withdrawn.withdrawnAt());
    }

    @EventListener
    void on(CommentModerated moderated) {
        Notification notification = new Notification(0, moderated.authorId(), NotificationKind.MODERATION,
                moderated.commentId(), null, store.articleTitleOf(moderated.commentId()).orElse(""),
                Copies.permalink(moderated.permalink(), moderated.commentId()), "",
                Copies.shortened(moderated.decision(), 40), Copies.shortened(moderated.reason(), Copies.MAX_REASON),
                moderated.decidedAt() == null ? Instant.now() : moderated.decidedAt(), false, false);
        deliveries.deliver(notification, store.setting(moderated.authorId(), NotificationKind.MODERATION));
    }

    private void scheduleNotifications(long commentId) {
        jobs.scheduleIfNotExists(notifyTask.instance(String.valueOf(commentId)), Instant.now());
    }
}
