package news.broadsheet.newsroom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javax.sql.DataSource;
import news.broadsheet.Browserless;
import news.broadsheet.Eventually;
import news.broadsheet.IntegrationTest;
import news.broadsheet.article.Actor;
import news.broadsheet.article.Articles;
import news.broadsheet.article.Workflow;
import news.broadsheet.newsroom.internal.NewsroomFixtures.Member;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class PublishingIntegrationTest {

    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @LocalServerPort
    int port;

    @Autowired
    StaffService staffService;

    @Autowired
    StaffRepository staff;

    @Autowired
    Articles articles;

    @Autowired
    Workflow workflow;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    @Qualifier("publishScheduledArticle")
    OneTimeTask<Void> publishTask;

    private NewsroomFixtures newsroom;

    @BeforeEach
    void fixtures() {
        newsroom = new NewsroomFixtures(port, staffService, staff, articles);
    }

    private Browserless reader() {
        return new Browserless(port);
    }

    private String status(long id) {
        return jdbc.sql("select status from article where id = :id").param("id", id).query(String.class).single();
    }

    private long auditCount(long id, String action) {
        return jdbc.sql("select count(*) from audit_event where subject_type = 'article' and subject_id = :id and action = :action")
                .param("id", String.valueOf(id)).param("action", action).query(Long.class).single();
    }

    @Test
    void anArticleScheduledAFewSecondsAheadGoesLiveByItself() {
        Member editor = newsroom.signedIn(Role.EDITOR);
        long id = newsroom.draft(editor, "Scheduled ferry timetable", "publishing-scheduled-ferry");
        editor.browser().get("/newsroom/articles/" + id);

        HttpResponse<String> past = editor.browser().post("/newsroom/articles/" + id + "/schedule",
                Map.of("publishAt", LOCAL_INPUT.format(LocalDateTime.now(LONDON).minusMinutes(5)), "edition", "uk"));
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(past.body()).contains("That time has passed");

        editor.browser().get("/newsroom/articles/" + id);
        HttpResponse<String> scheduled = editor.browser().post("/newsroom/articles/" + id + "/schedule",
                Map.of("publishAt", LOCAL_INPUT.format(LocalDateTime.now(LONDON).plusSeconds(3)), "edition", "uk"));
        assertThat(scheduled.statusCode()).isEqualTo(303);
        assertThat(status(id)).isEqualTo("scheduled");
        assertThat(editor.browser().get("/newsroom").body()).contains("Scheduled ferry timetable");

        Eventually.within(Duration.ofSeconds(30), "the scheduled article is published", () -> status(id).equals("published"));
        Eventually.within(Duration.ofSeconds(5), "the scheduled article is on the site",
                () -> reader().get("/articles/publishing-scheduled-ferry").statusCode() == 200);
        assertThat(auditCount(id, "published (scheduled)")).isEqualTo(1);
    }

    @Test
    void aScheduleLivesInPostgresqlSoANodeStartedLaterPublishesItOnce() {
        Member editor = newsroom.signedIn(Role.EDITOR);
        long id = newsroom.draft(editor, "Survives a restart", "publishing-survives-restart");
        Actor actor = new Actor(editor.id(), "test editor");
        assertThat(workflow.schedule(id, Instant.now().plus(Duration.ofHours(1)), "us", actor)).isEmpty();
        TaskInstanceId task = TaskInstanceId.of("publish-scheduled-article", String.valueOf(id));
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = :name and task_instance = :id")
                .param("name", task.getTaskName()).param("id", task.getId()).query(Long.class).single()).isEqualTo(1);

        // The hour passes while the node that scheduled it is gone; a node started afresh finds the task in the table.
        jdbc.sql("update article set scheduled_for = now() where id = :id").param("id", id).update();
        Scheduler restarted = Scheduler.create(dataSource, publishTask).pollingInterval(Duration.ofSeconds(1)).threads(1).build();
        try {
            restarted.reschedule(task, Instant.now());
            restarted.start();
            Eventually.within(Duration.ofSeconds(30), "the restarted node publishes it", () -> status(id).equals("published"));
        } finally {
            restarted.stop();
        }
        assertThat(auditCount(id, "published (scheduled)")).isEqualTo(1);
        assertThat(restarted.getScheduledExecution(task)).isEmpty();
    }

    @Test
    void unpublishingAScheduledArticleCancelsItsPublication() {
        Member editor = newsroom.signedIn(Role.EDITOR);
        long id = newsroom.draft(editor, "Cancelled before it ran", "publishing-cancelled");
        Actor actor = new Actor(editor.id(), "test editor");
        assertThat(workflow.schedule(id, Instant.now().plus(Duration.ofHours(2)), "uk", actor)).isEmpty();

        assertThat(workflow.unpublish(id, actor)).isEmpty();

        assertThat(status(id)).isEqualTo("unpublished");
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_instance = :id").param("id", String.valueOf(id))
                .query(Long.class).single()).isZero();
    }

    @Test
    void aCorrectionShowsAtTheFootOfThePublicArticleWithItsUpdatedTime() {
        Member editor = newsroom.signedIn(Role.EDITOR);
        long id = newsroom.draft(editor, "Bridge reopens after repairs", "publishing-bridge-reopens");
        assertThat(newsroom.publish(editor, id).statusCode()).isEqualTo(303);
        String before = reader().get("/articles/publishing-bridge-reopens").body();
        assertThat(before).doesNotContain("Corrections and updates").doesNotContain("class=\"updated\"");

        editor.browser().get("/newsroom/articles/" + id);
        HttpResponse<String> corrected = editor.browser().post("/newsroom/articles/" + id + "/corrections",
                Map.of("kind", "CORRECTION", "text", "An earlier version gave the wrong <b>date</b> for the reopening."));
        assertThat(corrected.statusCode()).isEqualTo(303);

        Eventually.within(Duration.ofSeconds(5), "the page shows the correction",
                () -> reader().get("/articles/publishing-bridge-reopens").body().contains("Corrections and updates"));
        String page = reader().get("/articles/publishing-bridge-reopens").body();
        assertThat(page).contains("An earlier version gave the wrong &lt;b&gt;date&lt;/b&gt; for the reopening.")
                .contains("class=\"updated\"");
        String updatedAt = jdbc.sql("select to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS') from article where id = :id")
                .param("id", id).query(String.class).single();
        assertThat(page).contains("\"dateModified\":\"" + updatedAt);
        Eventually.within(Duration.ofSeconds(5), "the feed follows the update",
                () -> reader().get("/uk/feed").body().contains("<updated>" + updatedAt));
    }

    @Test
    void aPublishedArticleWhoseSlugChangesKeepsItsOldAddressAsAPermanentRedirect() {
        Member editor = newsroom.signedIn(Role.EDITOR);
        long id = newsroom.draft(editor, "Council votes on budget", "publishing-council-budget");
        assertThat(newsroom.publish(editor, id).statusCode()).isEqualTo(303);

        HttpResponse<String> saved = newsroom.save(editor, id, newsroom.fields("Council votes on budget", "publishing-council-passes-budget"));
        assertThat(saved.statusCode()).isEqualTo(303);

        Eventually.within(Duration.ofSeconds(5), "the old address redirects", () -> {
            HttpResponse<String> old = reader().get("/articles/publishing-council-budget");
            return old.statusCode() == 301
                    && old.headers().firstValue("Location").orElse("").endsWith("/articles/publishing-council-passes-budget");
        });
        assertThat(reader().get("/articles/publishing-council-passes-budget").statusCode()).isEqualTo(200);

        long other = newsroom.draft(editor, "Another story", "publishing-another-story");
        HttpResponse<String> taken = newsroom.save(editor, other, newsroom.fields("Another story", "publishing-council-budget"));
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(taken.body()).contains("used to belong to another article");
    }

    @Test
    void scriptTypedIntoTheEditorIsEscapedOrSanitisedOnThePageInTheFeedAndInJsonLd() {
        Member editor = newsroom.signedIn(Role.EDITOR);
        Map<String, String> hostile = newsroom.fields("<script>alert('headline')</script> Harbour", "publishing-hostile-editor");
        hostile.put("standfirst", "</script><script>alert('standfirst')</script>");
        hostile.put("body", "Text <script>alert('body')</script> and <img src=x onerror=alert(1)> [click](javascript:alert(1))");
        editor.browser().get("/newsroom/articles/new");
        HttpResponse<String> created = editor.browser().post("/newsroom/articles/new", hostile);
        assertThat(created.statusCode()).isEqualTo(303);
        long id = Long.parseLong(created.headers().firstValue("Location").orElseThrow().replaceAll(".*/articles/(\\d+).*", "$1"));
        assertThat(newsroom.publish(editor, id).statusCode()).isEqualTo(303);

        String page = reader().get("/articles/publishing-hostile-editor").body();
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("javascript:")
                .contains("&lt;script&gt;alert(");
        String jsonLd = page.substring(page.indexOf("application/ld+json"));
        jsonLd = jsonLd.substring(0, jsonLd.indexOf("</script>"));
        assertThat(jsonLd).doesNotContain("<script").doesNotContain("</");
        Eventually.within(Duration.ofSeconds(5), "the feed carries the article",
                () -> reader().get("/uk/feed").body().contains("Harbour"));
        assertThat(reader().get("/uk/feed").body()).doesNotContain("<script>");
        assertThat(editor.browser().get("/newsroom").body()).doesNotContain("<script>alert");
    }
}
