package news.broadsheet.alert.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException;
import java.time.Instant;
import java.util.Optional;
import news.broadsheet.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts an alert on its way: stored, audited, and, once that is committed, its plan job due at the chosen
 * time. An automatic alert is stored in a transaction of its own, since it is sent from after the commit
 * of the publication that caused it, where that transaction is over.
 */
@Service
class AlertDispatch {

    private final Alerts alerts;
    private final AuditTrail audit;
    private final SchedulerClient jobs;
    private final TransactionTemplate transaction;
    private final TransactionTemplate ownTransaction;

    AlertDispatch(Alerts alerts, AuditTrail audit, SchedulerClient jobs, TransactionTemplate transaction,
                  PlatformTransactionManager transactions) {
        this.alerts = alerts;
        this.audit = audit;
        this.jobs = jobs;
        this.transaction = transaction;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** {@code now} says whether the editor sent it at once or scheduled it, for the audit trail. */
    long send(NewAlert alert, boolean now) {
        long id = transaction.execute(status -> {
            long created = alerts.create(alert);
            audit.record(alert.createdBy(), now ? "sent alert" : "scheduled alert", "alert", String.valueOf(created),
                    alert.title());
            return created;
        });
        plan(id, alert.scheduledFor());
        return id;
    }

    /** Sends the article's automatic alert to the alert's edition, unless it has had one: answers the new alert, if this call made it. */
    Optional<Long> sendAutomatic(NewAlert alert, long articleId) {
        Optional<Long> id = ownTransaction.execute(status -> {
            Optional<Long> created = alerts.createAutomatic(alert, articleId);
            created.ifPresent(newId -> audit.record(alert.createdBy(), "sent automatic alert", "alert",
                    String.valueOf(newId), alert.title()));
            return created;
        });
        id.ifPresent(created -> plan(created, alert.scheduledFor()));
        return id;
    }

    private void plan(long id, Instant at) {
        jobs.scheduleIfNotExists(AlertSender.PLAN.instance(String.valueOf(id)).data(id).scheduledTo(at));
    }

    /** Calls off a scheduled alert that has not started; says whether it could. */
    boolean cancel(long id, String editor) {
        Boolean cancelled = transaction.execute(status -> {
            if (!alerts.cancel(id)) {
                return false;
            }
            audit.record(editor, "cancelled alert", "alert", String.valueOf(id), "");
            return true;
        });
        if (!Boolean.TRUE.equals(cancelled)) {
            return false;
        }
        try {
            jobs.cancel(AlertSender.PLAN.instanceId(String.valueOf(id)));
        } catch (TaskInstanceException alreadyPicked) {
            // A node has just picked the plan job; it finds the alert cancelled and sends nothing.
        }
        return true;
    }
}
