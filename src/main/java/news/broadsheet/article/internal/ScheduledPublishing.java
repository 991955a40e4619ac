package news.broadsheet.article.internal;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler task that publishes a scheduled article. Its instance id is the article id, so an article
 * has at most one pending publication, which a new schedule replaces. The row in {@code scheduled_tasks}
 * outlives any node, and one node picks it.
 */
@Configuration(proxyBeanMethods = false)
class ScheduledPublishing {

    static final String TASK_NAME = "publish-scheduled-article";

    @Bean
    OneTimeTask<Void> publishScheduledArticle(Publication publication) {
        return Tasks.oneTime(TASK_NAME)
                .execute((instance, context) -> publication.publishIfDue(Long.parseLong(instance.getId())));
    }
}
