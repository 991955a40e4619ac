package news.broadsheet.alert.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException;
import news.broadsheet.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Puts an editor's alert on its way: stored, audited, and its plan job due at the chosen time. */
@Service
class AlertDispatch {

    private final Alerts alerts;
    private final AuditTrail audit;
    private final SchedulerClient jobs;
    private final TransactionTemplate transaction;

    AlertDispatch(Alerts alerts, AuditTrail audit, SchedulerClient jobs, TransactionTemplate transaction) {
        this.alerts = alerts;
        this.audit = audit;
        this.jobs = jobs;
        this.transaction = transaction;
    }

    /** {@code now} says whether the editor sent it at once or scheduled it, for the audit trail. */
    long send(NewAlert alert, boolean now) {
        long id = transaction.execute(status -> {
            long created = alerts.create(alert);
            audit.record(alert.createdBy(), now ? "sent alert" : "scheduled alert", "alert", String.valueOf(created),
                    alert.title());
            return created;
        });
        jobs.scheduleIfNotExists(AlertSender.PLAN.instance(String.valueOf(id)).data(id).scheduledTo(alert.scheduledFor()));
        return id;
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
