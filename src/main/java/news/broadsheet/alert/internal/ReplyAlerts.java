package news.broadsheet.alert.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import java.time.Instant;
import news.broadsheet.inbox.ReplyNotified;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Schedules the alert about a reply as the inbox tells a reader of it, if a browser of theirs chose such
 * alerts. The job is stored at once, in its own transaction, so it runs on whichever node is free even if
 * this one stops. Should the inbox's transaction fail after that, its job tells of the reply again later: the
 * alert's job, if it has not run yet, is not scheduled twice; if it has, the browser gets the reply twice, and
 * its tag makes it show one notification.
 */
@Component
class ReplyAlerts {

    private final Audience audience;
    private final SchedulerClient jobs;

    ReplyAlerts(Audience audience, SchedulerClient jobs) {
        this.audience = audience;
        this.jobs = jobs;
    }

    @EventListener
    void on(ReplyNotified reply) {
        if (!audience.wantsReplies(reply.readerId())) {
            return;
        }
        ReplyJob job = ReplyJob.of(reply);
        jobs.scheduleIfNotExists(ReplyAlertSender.TASK.instance(job.key()).data(job).scheduledTo(Instant.now()));
    }
}
