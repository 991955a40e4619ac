package news.broadsheet.platform.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Jobs run through db-scheduler on the {@code scheduled_tasks} table: a job due at a time is picked by
 * exactly one node, survives restarts, and is picked up by another node if the one running it dies.
 * Modules contribute their tasks as beans of db-scheduler's {@link Task} type and schedule instances through
 * {@link com.github.kagkarlsson.scheduler.SchedulerClient}.
 */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

    static final Duration POLLING_INTERVAL = Duration.ofSeconds(5);

    @Bean
    RecurringTask<Void> forgetOldRateLimitWindows(JdbcRateLimits rateLimits) {
        return Tasks.recurring("forget-old-rate-limit-windows", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> rateLimits.forgetOldWindows());
    }

    @Bean(destroyMethod = "stop")
    Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks) {
        List<RecurringTask<?>> recurring = new ArrayList<>();
        List<Task<?>> others = new ArrayList<>();
        for (Task<?> task : tasks) {
            if (task instanceof RecurringTask<?> r) {
                recurring.add(r);
            } else {
                others.add(task);
            }
        }
        return Scheduler.create(dataSource, others)
                .startTasks(recurring)
                .pollingInterval(POLLING_INTERVAL)
                .threads(4)
                .enableImmediateExecution()
                .build();
    }

    /** Polling starts once migrations have run and the application is ready to serve. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> startSchedulerWhenReady(Scheduler scheduler) {
        return ready -> scheduler.start();
    }
}
