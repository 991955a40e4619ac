package news.broadsheet.alert.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import news.broadsheet.Browserless;
import news.broadsheet.Eventually;
import news.broadsheet.IntegrationTest;
import news.broadsheet.alert.internal.push.VapidKeys;
import news.broadsheet.article.ArticlePublished;
import news.broadsheet.article.Articles;
import news.broadsheet.edition.EditionDesk;
import news.broadsheet.edition.EditionSettings;
import news.broadsheet.newsroom.internal.Role;
import news.broadsheet.newsroom.internal.StaffService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Articles tagged "breaking" alert their editions' breaking-news subscribers by themselves when the
 * edition's administrator turned that on: once per article, through the editor's publish button or a
 * schedule, with messages decrypted by an independent push service.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BreakingAlertsIntegrationTest {

    private static final String PASSWORD = "correct horse battery";
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @LocalServerPort
    int port;
    @Autowired
    StaffService staffService;
    @Autowired
    Articles articles;
    @Autowired
    Alerts alerts;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    VapidKeys vapid;
    @Autowired
    EditionDesk editionDesk;
    @Autowired
    BreakingAlerts breakingAlerts;
    @Autowired
    JdbcClient jdbc;

    private IndependentPushService pushService;
    private Browserless admin;
    private Browserless editor;

    @BeforeAll
    void startPushService() throws Exception {
        pushService = IndependentPushService.start();
    }

    @AfterAll
    void stopPushService() throws InterruptedException {
        if (pushService != null) {
            pushService.close();
        }
    }

    @BeforeEach
    void signIn() {
        admin = signedIn(Role.ADMIN);
        editor = signedIn(Role.EDITOR);
    }

    @AfterEach
    void automaticAlertsOff() {
        for (String edition : List.of("uk", "us")) {
            EditionSettings settings = editionDesk.settings(edition).orElseThrow();
            editionDesk.change(new EditionSettings(settings.code(), settings.name(), settings.timeZone(),
                    settings.datePattern(), settings.appealHeading(), settings.appealBody(), false), "test");
        }
    }

    @Test
    void anArticleTaggedBreakingAlertsTheEditionOnceHoweverOftenItIsPublished() throws Exception {
        switchAutomaticAlerts("uk", true);
        List<IndependentPushService.Subscriber> readers = subscribe(3, "uk");
        String slug = "breaking-" + UUID.randomUUID();
        long article = draft("Dam breached upstream of Varossa", slug, "Breaking, Harbours", "uk");

        assertThat(publish(article).statusCode()).isEqualTo(303);

        Alert alert = automaticAlertFor(article);
        assertThat(alert.title()).isEqualTo("Dam breached upstream of Varossa");
        assertThat(alert.body()).isEqualTo("A standfirst for Dam breached upstream of Varossa");
        assertThat(alert.url()).isEqualTo("/articles/" + slug);
        assertThat(alert.edition()).isEqualTo("uk");
        assertThat(alert.topics()).containsExactly(AlertTopics.BREAKING);
        assertThat(alert.automatic()).isTrue();
        assertThat(alert.createdBy()).isEqualTo(AlertComposer.AUTOMATIC_SENDER);
        for (IndependentPushService.Subscriber reader : readers) {
            Eventually.within(Duration.ofSeconds(30), "the reader gets the alert", () -> !messages(reader, alert).isEmpty());
        }

        // Taken down, published again, and the publication seen twice more at once, as by two nodes.
        editor.get("/newsroom/articles/" + article);
        assertThat(editor.post("/newsroom/articles/" + article + "/unpublish", Map.of()).statusCode()).isEqualTo(303);
        assertThat(publish(article).statusCode()).isEqualTo(303);
        CompletableFuture.allOf(
                CompletableFuture.runAsync(() -> breakingAlerts.alert(new ArticlePublished(article, slug))),
                CompletableFuture.runAsync(() -> breakingAlerts.alert(new ArticlePublished(article, slug)))).join();

        Eventually.within(Duration.ofSeconds(30), "the alert finishes",
                () -> alerts.find(alert.id()).orElseThrow().status() == AlertStatus.FINISHED);
        Thread.sleep(1_000);
        assertThat(automaticAlertCount(article)).isEqualTo(1);
        for (IndependentPushService.Subscriber reader : readers) {
            assertThat(messages(reader, alert)).hasSize(1);
            assertThat(messages(reader, alert).getFirst().path("title").asString()).isEqualTo("Dam breached upstream of Varossa");
        }
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'sent automatic alert' and subject_id = :id")
                .param("id", String.valueOf(alert.id())).query(Long.class).single()).isEqualTo(1);
        String history = editor.get("/newsroom/alerts").body();
        assertThat(history).contains("Dam breached upstream of Varossa").contains("class=\"flag\">Automatic</span>");
    }

    @Test
    void aScheduledPublicationAlertsButNotAnEditionThatLeftItOffNorAnArticleNotTaggedBreaking() {
        switchAutomaticAlerts("uk", true);
        String scheduledSlug = "breaking-scheduled-" + UUID.randomUUID();
        long scheduled = draft("Ferry aground off Kaliningrad", scheduledSlug, "Breaking", "uk");
        long usOnly = draft("Breaking in the US edition only", "breaking-us-" + UUID.randomUUID(), "Breaking", "us");
        long untagged = draft("Not breaking at all", "not-breaking-" + UUID.randomUUID(), "Harbours", "uk");

        editor.get("/newsroom/articles/" + scheduled);
        HttpResponse<String> schedule = editor.post("/newsroom/articles/" + scheduled + "/schedule", Map.of(
                "publishAt", LOCAL_INPUT.format(LocalDateTime.now(ZoneId.of("Europe/London")).plusSeconds(2)),
                "edition", "uk"));
        assertThat(schedule.statusCode()).isEqualTo(303);
        assertThat(publish(usOnly).statusCode()).isEqualTo(303);
        assertThat(publish(untagged).statusCode()).isEqualTo(303);

        Eventually.within(Duration.ofSeconds(30), "the scheduled article has its alert", () -> automaticAlertCount(scheduled) == 1);
        assertThat(automaticAlertFor(scheduled).url()).isEqualTo("/articles/" + scheduledSlug);
        assertThat(automaticAlertCount(usOnly)).isZero();
        assertThat(automaticAlertCount(untagged)).isZero();
    }

    @Test
    void administratorsTurnAutomaticAlertsOnPerEditionAndTheChangeIsAudited() {
        switchAutomaticAlerts("us", true);

        assertThat(editionDesk.settings("us").orElseThrow().breakingAlerts()).isTrue();
        assertThat(editionDesk.settings("uk").orElseThrow().breakingAlerts()).isFalse();
        assertThat(admin.get("/newsroom/editions/us").body())
                .contains("Send breaking-news alerts automatically")
                .containsPattern("name=\"breakingAlerts\" value=\"true\" checked");
        assertThat(jdbc.sql("""
                        select detail from audit_event where action = 'changed edition' and subject_id = 'us'
                        order by id desc limit 1""").query(String.class).single())
                .contains("automatic breaking-news alerts on");

        switchAutomaticAlerts("us", false);
        assertThat(editionDesk.settings("us").orElseThrow().breakingAlerts()).isFalse();
    }

    private void switchAutomaticAlerts(String edition, boolean on) {
        EditionSettings settings = editionDesk.settings(edition).orElseThrow();
        Map<String, String> fields = new LinkedHashMap<>(Map.of("name", settings.name(), "timeZone", settings.timeZone(),
                "datePattern", settings.datePattern(), "appealHeading", settings.appealHeading(),
                "appealBody", settings.appealBody(), "action", "save"));
        if (on) {
            fields.put("breakingAlerts", "true");
        }
        admin.get("/newsroom/editions/" + edition);
        assertThat(admin.post("/newsroom/editions/" + edition, fields).statusCode()).isEqualTo(303);
    }

    private long draft(String headline, String slug, String topics, String edition) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("headline", headline);
        fields.put("standfirst", "A standfirst for " + headline);
        fields.put("slug", slug);
        fields.put("body", "What is known so far.");
        fields.put("sectionId", String.valueOf(articles.sections().getFirst().id()));
        fields.put("topics", topics);
        fields.put("authorIds", String.valueOf(articles.authors().getFirst().id()));
        fields.put("heroImageId", "");
        fields.put("editions", edition);
        editor.get("/newsroom/articles/new");
        HttpResponse<String> created = editor.post("/newsroom/articles/new", fields);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        return Long.parseLong(created.headers().firstValue("Location").orElseThrow().replaceAll(".*/articles/(\\d+).*", "$1"));
    }

    private HttpResponse<String> publish(long article) {
        editor.get("/newsroom/articles/" + article);
        return editor.post("/newsroom/articles/" + article + "/publish", Map.of());
    }

    private long automaticAlertCount(long article) {
        return jdbc.sql("select count(*) from alert where automatic_for_article = :article")
                .param("article", article).query(Long.class).single();
    }

    private Alert automaticAlertFor(long article) {
        long id = jdbc.sql("select id from alert where automatic_for_article = :article")
                .param("article", article).query(Long.class).single();
        return alerts.find(id).orElseThrow();
    }

    private List<IndependentPushService.Subscriber> subscribe(int count, String edition) throws Exception {
        List<IndependentPushService.Subscriber> readers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            IndependentPushService.Subscriber reader = pushService.subscribe(vapid.publicKey());
            subscriptions.save(new SubscriptionRequest(reader.target().uri(), reader.target().p256dh(),
                    reader.target().auth(), edition, List.of(AlertTopics.BREAKING)));
            readers.add(reader);
        }
        return readers;
    }

    /** The messages of this alert the reader received; other tests' alerts to breaking news may reach them too. */
    private List<JsonNode> messages(IndependentPushService.Subscriber reader, Alert alert) {
        try {
            return pushService.received(reader).stream()
                    .filter(message -> message.path("tag").asString().equals("alert-" + alert.id())).toList();
        } catch (Exception unreachable) {
            throw new AssertionError("The push service did not answer", unreachable);
        }
    }

    private Browserless signedIn(Role role) {
        String email = role.column() + "-" + UUID.randomUUID() + "@example.com";
        staffService.create(email, "Test " + role.label(), role, PASSWORD, false, "test");
        Browserless person = new Browserless(port);
        person.signInToNewsroom(email, PASSWORD);
        return person;
    }
}
