package news.broadsheet.mail.internal;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import java.time.Instant;

/**
 * The jobs that deliver mail. A message's job is retried with a growing delay (the first after
 * {@code broadsheet.mail.retry-delay}) up to twelve times, about a day and a half at the default, so a
 * mail server down for an evening delays mail rather than losing it.
 */
@Configuration(proxyBeanMethods = false)
class MailJobs {

    static final String SEND = "send-mail";
    static final int TRIES = 12;

    @Bean
    OneTimeTask<Void> sendMailTask(SmtpDelivery delivery,
                                   @Value("${broadsheet.mail.retry-delay:30s}") Duration retryDelay) {
        return Tasks.oneTime(SEND)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(TRIES,
                        new FailureHandler.ExponentialBackoffFailureHandler<>(retryDelay, 2.0)))
                .execute((instance, context) -> delivery.deliver(Long.parseLong(instance.getId())));
    }

    /**
     * Every few minutes: delivery for messages whose node stopped between committing them and scheduling
     * their job, and forgetting month-old mail.
     */
    @Bean
    RecurringTask<Void> sweepMailOutbox(SmtpDelivery delivery, OneTimeTask<Void> sendMailTask) {
        return Tasks.recurring("sweep-mail-outbox", FixedDelay.of(Duration.ofMinutes(5)))
                .execute((instance, context) -> {
                    if (delivery.configured()) {
                        delivery.stranded().forEach(id -> context.getSchedulerClient()
                                .scheduleIfNotExists(sendMailTask.instance(String.valueOf(id)), Instant.now()));
                    }
                    delivery.forgetOldMail();
                });
    }
}
