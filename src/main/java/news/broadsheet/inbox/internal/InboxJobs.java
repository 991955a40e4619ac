package news.broadsheet.inbox.internal;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The inbox's jobs, each run by one node at a time: writing a comment's notifications (instance id: the
 * comment's id), a sweep for comments whose node stopped before scheduling that, and the daily digest. The
 * work is looked up when a job runs: it sends mail, and the mailer itself needs the scheduler these tasks
 * are built into.
 */
@Configuration(proxyBeanMethods = false)
class InboxJobs {

    static final String NOTIFY = "inbox-notify";
    /** The digest goes out once a day, at this time UTC: early morning in Europe, night in the Americas. */
    static final LocalTime DIGEST_TIME = LocalTime.of(7, 0);

    @Bean
    OneTimeTask<Void> inboxNotifyTask(ObjectProvider<NotificationFanOut> fanOut) {
        return Tasks.oneTime(NOTIFY)
                .execute((instance, context) -> fanOut.getObject().notifyAbout(Long.parseLong(instance.getId())));
    }

    @Bean
    RecurringTask<Void> inboxNotifySweep(ObjectProvider<NotificationFanOut> fanOut, OneTimeTask<Void> inboxNotifyTask) {
        return Tasks.recurring("inbox-notify-sweep", FixedDelay.of(Duration.ofMinutes(1)))
                .execute((instance, context) -> fanOut.getObject().stranded().forEach(id -> context.getSchedulerClient()
                        .scheduleIfNotExists(inboxNotifyTask.instance(String.valueOf(id)), Instant.now())));
    }

    @Bean
    RecurringTask<Void> inboxDailyDigest(ObjectProvider<Digests> digests) {
        return Tasks.recurring("inbox-daily-digest", new Daily(ZoneOffset.UTC, DIGEST_TIME))
                .execute((instance, context) -> digests.getObject().sendAll());
    }
}
