package news.broadsheet.reader.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Housekeeping for readers' accounts, run by one node at a time. */
@Configuration(proxyBeanMethods = false)
class ReaderJobs {

    @Bean
    RecurringTask<Void> forgetExpiredReaderTokens(ReaderTokens tokens) {
        return Tasks.recurring("forget-expired-reader-tokens", FixedDelay.of(Duration.ofHours(6)))
                .execute((instance, context) -> tokens.forgetExpired());
    }
}
