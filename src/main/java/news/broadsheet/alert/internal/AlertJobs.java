package news.broadsheet.alert.internal;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Clock;
import news.broadsheet.alert.internal.push.CryptoProvider;
import news.broadsheet.alert.internal.push.PushClient;
import news.broadsheet.alert.internal.push.VapidKeys;
import news.broadsheet.alert.internal.push.WebPushEncryption;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The jobs that send alerts (an editor's, and those about replies to a reader's comments), and the one push
 * client every job on this node shares, so connections to each push service and its VAPID token are reused
 * across batches.
 */
@Configuration(proxyBeanMethods = false)
class AlertJobs {

    @Bean
    PushClient pushClient(VapidKeys vapid) {
        return new PushClient(new WebPushEncryption(CryptoProvider.fastest()), vapid, Clock.systemUTC());
    }

    /** Each job schedules the next ones through its own execution context, never through a bean, which would be circular. */
    @Bean
    OneTimeTask<Long> alertPlanTask(AlertSender sender) {
        return Tasks.oneTime(AlertSender.PLAN)
                .execute((instance, context) -> sender.plan(instance.getData(), context.getSchedulerClient()));
    }

    @Bean
    OneTimeTask<BatchJob> alertBatchTask(AlertSender sender) {
        return Tasks.oneTime(AlertSender.BATCH)
                .execute((instance, context) -> sender.runBatch(instance.getData(), context.getSchedulerClient()));
    }

    @Bean
    OneTimeTask<ReplyJob> replyAlertTask(ReplyAlertSender sender) {
        return Tasks.oneTime(ReplyAlertSender.TASK)
                .execute((instance, context) -> sender.send(instance.getData(), context.getSchedulerClient()));
    }
}
