package news.broadsheet.alert.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import news.broadsheet.alert.internal.push.PushClient;
import org.springframework.stereotype.Component;

/**
 * Sends the alert about a reply to the browsers of the reader it answers that chose "Replies to my comments",
 * with the same rules as an editor's alert: gone subscriptions are removed, deliveries stamped, and messages a
 * push service asked us to send later are sent again by a later job, up to {@link AlertSender#MAX_ATTEMPTS}
 * tries.
 */
@Component
class ReplyAlertSender {

    static final TaskDescriptor<ReplyJob> TASK = TaskDescriptor.of("reply-alert", ReplyJob.class);
    /** A browser offline for longer than a day finds the reply on the page, and in the reader's inbox. */
    private static final Duration TIME_TO_LIVE = Duration.ofDays(1);

    private final Audience audience;
    private final FanOut fanOut;
    private final Clock clock = Clock.systemUTC();

    ReplyAlertSender(Audience audience, FanOut fanOut) {
        this.audience = audience;
        this.fanOut = fanOut;
    }

    void send(ReplyJob job, SchedulerClient jobs) {
        List<Recipient> recipients = audience.repliesTo(job.readerId(), job.onlyIds());
        if (recipients.isEmpty()) {
            return;
        }
        Tally tally = fanOut.send(new FanOut.Outgoing("Reply alert " + job.key(), AlertMessage.ofReply(job),
                TIME_TO_LIVE, PushClient.Urgency.NORMAL), recipients);
        audience.delivered(tally.deliveredIds());
        long[] again = tally.retryIds();
        if (again.length > 0 && job.attempt() < AlertSender.MAX_ATTEMPTS) {
            ReplyJob retry = job.retry(again);
            jobs.scheduleIfNotExists(TASK.instance(retry.key()).data(retry).scheduledTo(
                    clock.instant().plus(AlertSender.wait(tally.longestRetryAfter(), retry.attempt()))));
        }
    }
}
