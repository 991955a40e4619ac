package news.broadsheet.alert.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import news.broadsheet.Browserless;
import news.broadsheet.IntegrationTest;
import news.broadsheet.article.ArticleCard;
import news.broadsheet.article.Articles;
import news.broadsheet.newsroom.internal.Role;
import news.broadsheet.newsroom.internal.StaffService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Editors compose, send, schedule and watch alerts in the newsroom; writers cannot. */
@IntegrationTest
class NewsroomAlertsIntegrationTest {

    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;
    @Autowired
    StaffService staffService;
    @Autowired
    Articles articles;
    @Autowired
    Alerts alerts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditorComposesAnAlertFromAnArticleSeesThePreviewAndSendsIt() {
        Browserless editor = signedIn(Role.EDITOR);
        ArticleCard article = articles.allPublished(0, 1).getFirst();

        HttpResponse<String> compose = editor.get("/newsroom/alerts/new?article=" + article.slug());
        assertThat(compose.statusCode()).isEqualTo(200);
        assertThat(compose.body()).contains("class=\"alert-preview\"").contains("value=\"" + article.slug() + "\"");

        HttpResponse<String> sent = editor.post("/newsroom/alerts", form(article.slug(), "Talks end without agreement"));
        assertThat(sent.statusCode()).isEqualTo(303);
        String location = sent.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/newsroom/alerts/\\d+");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        Alert alert = alerts.find(id).orElseThrow();
        assertThat(alert.title()).isEqualTo("Talks end without agreement");
        assertThat(alert.url()).isEqualTo("/articles/" + article.slug());
        assertThat(alert.createdBy()).contains("@example.com");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'sent alert' and subject_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);

        HttpResponse<String> progress = editor.get(location);
        assertThat(progress.statusCode()).isEqualTo(200);
        assertThat(progress.body()).contains("<progress").contains("data-alert-progress").contains("newsroom-alerts");
        HttpResponse<String> json = editor.get(location + "/progress");
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(json.body()).contains("\"queued\"").contains("\"ratePerSecond\"");
        assertThat(editor.get("/newsroom/alerts").body()).contains("Talks end without agreement");
    }

    @Test
    void thePublishedArticlesEditorPageLeadsEditorsToAnAlertPrefilledFromIt() {
        ArticleCard article = articles.allPublished(0, 1).getFirst();
        String link = "href=\"/newsroom/alerts/new?article=" + article.slug() + "\">Send alert</a>";

        assertThat(signedIn(Role.WRITER).get("/newsroom/articles/" + article.id()).body()).doesNotContain("Send alert");
        Browserless editor = signedIn(Role.EDITOR);
        assertThat(editor.get("/newsroom/articles/" + article.id()).body()).contains(link);
        HttpResponse<String> compose = editor.get("/newsroom/alerts/new?article=" + article.slug());
        assertThat(compose.statusCode()).isEqualTo(200);
        assertThat(compose.body()).contains("value=\"" + article.slug() + "\"").contains("class=\"alert-preview\"");
    }

    @Test
    void anEditorSchedulesAnAlertInTheEditionsTimeAndCancelsIt() {
        Browserless editor = signedIn(Role.EDITOR);
        String slug = articles.allPublished(0, 1).getFirst().slug();
        LocalDateTime tomorrow = LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(1).truncatedTo(ChronoUnit.MINUTES);
        Map<String, String> fields = form(slug, "Scheduled for tomorrow");
        fields.put("when", "later");
        fields.put("sendAt", tomorrow.toString());
        editor.get("/newsroom/alerts/new?article=" + slug);

        String location = editor.post("/newsroom/alerts", fields).headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(alerts.find(id).orElseThrow().status()).isEqualTo(AlertStatus.QUEUED);

        editor.get(location);
        assertThat(editor.post(location + "/cancel", Map.of()).statusCode()).isEqualTo(303);
        assertThat(alerts.find(id).orElseThrow().status()).isEqualTo(AlertStatus.CANCELLED);
    }

    @Test
    void controlCharactersTooLongTextAndForeignPicturesAreRefusedWithReasonsAndEscaped() {
        Browserless editor = signedIn(Role.EDITOR);
        String slug = articles.allPublished(0, 1).getFirst().slug();
        editor.get("/newsroom/alerts/new?article=" + slug);
        Map<String, String> fields = form(slug, "Bell\u0007 <script>alert(1)</script>");
        fields.put("body", "x".repeat(301));
        fields.put("image", "//evil.example/picture.jpg");

        HttpResponse<String> refused = editor.post("/newsroom/alerts", fields);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("cannot contain line breaks, tabs or other control characters")
                .contains("Keep the text to 300 characters; it has 301.")
                .contains("Use a picture from this site")
                .doesNotContain("<script>alert(1)</script>")
                .contains("&lt;script&gt;");
    }

    @Test
    void writersCannotSeeOrSendAlerts() {
        Browserless writer = signedIn(Role.WRITER);
        String slug = articles.allPublished(0, 1).getFirst().slug();

        assertThat(writer.get("/newsroom/alerts").statusCode()).isEqualTo(403);
        writer.get("/newsroom");
        assertThat(writer.post("/newsroom/alerts", form(slug, "Not allowed")).statusCode()).isEqualTo(403);
        assertThat(alerts.latest(100)).noneMatch(alert -> alert.title().equals("Not allowed"));
    }

    private Browserless signedIn(Role role) {
        String email = role.column() + "-" + UUID.randomUUID() + "@example.com";
        staffService.create(email, "Test " + role.label(), role, PASSWORD, false, "test");
        Browserless person = new Browserless(port);
        person.signInToNewsroom(email, PASSWORD);
        return person;
    }

    private static Map<String, String> form(String slug, String title) {
        return new HashMap<>(Map.of("article", slug, "title", title, "body", "But talks appeared to provide little.",
                "image", "", "edition", "uk", "topics", "breaking", "when", "now", "action", "send"));
    }
}
