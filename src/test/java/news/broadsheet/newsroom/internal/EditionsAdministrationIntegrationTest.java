package news.broadsheet.newsroom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.Browserless;
import news.broadsheet.IntegrationTest;
import news.broadsheet.article.Articles;
import news.broadsheet.audit.AuditTrail;
import news.broadsheet.edition.EditionDesk;
import news.broadsheet.edition.EditionSettings;
import news.broadsheet.edition.Editions;
import news.broadsheet.site.ContentChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Administrators change an edition's settings and readers see them at once. Other tests rely on the demo
 * editions, so every change is undone before the test ends.
 */
@IntegrationTest
class EditionsAdministrationIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffService staffService;

    @Autowired
    StaffRepository staff;

    @Autowired
    Articles articles;

    @Autowired
    Editions editions;

    @Autowired
    EditionDesk desk;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AuditTrail audit;

    private NewsroomFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new NewsroomFixtures(port, staffService, staff, articles);
    }

    @Test
    void anEditedAppealShowsOnArticlePagesAtOnceWithItsMarkupAsText() {
        EditionSettings original = desk.settings("uk").orElseThrow();
        String articlePage = articles.latestInEdition("uk", 1, 1).items().getFirst().path();
        assertThat(new Browserless(port).get(articlePage).body()).contains(original.appealHeading());
        var admin = fixtures.signedIn(Role.ADMIN).browser();
        try {
            admin.get("/newsroom/editions/uk");
            Map<String, String> fields = fields(original);
            fields.put("appealHeading", "Keep <script>alert(1)</script> reporting");
            fields.put("appealBody", "First paragraph of the appeal.\n\nSecond <b>paragraph</b>.");

            fields.put("action", "preview");
            var preview = admin.post("/newsroom/editions/uk", fields);
            assertThat(preview.statusCode()).isEqualTo(200);
            assertThat(preview.body()).contains("Not saved yet").contains("<p>First paragraph of the appeal.</p>");
            assertThat(editions.find("uk").orElseThrow().appealHeading()).isEqualTo(original.appealHeading());

            fields.put("action", "save");
            assertThat(admin.post("/newsroom/editions/uk", fields).statusCode()).isEqualTo(303);
            String page = new Browserless(port).get(articlePage).body();
            assertThat(page).contains("Keep &lt;script&gt;alert(1)&lt;/script&gt; reporting")
                    .doesNotContain("<script>alert(1)")
                    .contains("<p>First paragraph of the appeal.</p>")
                    .contains("<p>Second &lt;b&gt;paragraph&lt;/b&gt;.</p>");
            assertThat(audit.latest(0, 20)).anySatisfy(event -> {
                assertThat(event.action()).isEqualTo("changed edition");
                assertThat(event.detail()).isEqualTo("appeal heading, appeal");
            });
        } finally {
            restore(original);
        }
        assertThat(new Browserless(port).get(articlePage).body()).contains(original.appealHeading());
    }

    @Test
    void aBadTimeZoneOrDatePatternIsRefusedAndNothingChanges() {
        EditionSettings original = desk.settings("uk").orElseThrow();
        var admin = fixtures.signedIn(Role.ADMIN).browser();
        try {
            admin.get("/newsroom/editions/uk");
            Map<String, String> badZone = fields(original);
            badZone.put("timeZone", "Mars/Olympus_Mons");
            badZone.put("name", "Changed name");
            var zoneRefused = admin.post("/newsroom/editions/uk", badZone);
            assertThat(zoneRefused.statusCode()).isEqualTo(400);
            assertThat(zoneRefused.body()).contains("Enter a time zone such as Europe/London");

            admin.get("/newsroom/editions/uk");
            Map<String, String> badPattern = fields(original);
            badPattern.put("datePattern", "yyyy-MM-dd bbb");
            var patternRefused = admin.post("/newsroom/editions/uk", badPattern);
            assertThat(patternRefused.statusCode()).isEqualTo(400);
            assertThat(patternRefused.body()).contains("The date pattern is not understood");

            assertThat(desk.settings("uk")).contains(original);
            assertThat(editions.find("uk").orElseThrow().name()).isEqualTo(original.name());
        } finally {
            restore(original);
        }
    }

    @Test
    void theFormShowsTheTimeNowInTheEditionsStyle() {
        var admin = fixtures.signedIn(Role.ADMIN).browser();
        var form = admin.get("/newsroom/editions/us");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).containsPattern("<time>\\w+day, \\w+ \\d{1,2}, \\d{4} \\d{1,2}:\\d{2}");
    }

    @Test
    void writersAndEditorsCannotChangeEditions() {
        EditionSettings original = desk.settings("uk").orElseThrow();
        for (Role role : List.of(Role.WRITER, Role.EDITOR)) {
            var member = fixtures.signedIn(role).browser();
            assertThat(member.get("/newsroom/editions/uk").statusCode()).isEqualTo(403);
            member.get("/newsroom");
            Map<String, String> forged = fields(original);
            forged.put("appealHeading", "Forged by " + role);
            assertThat(member.post("/newsroom/editions/uk", forged).statusCode()).isEqualTo(403);
        }
        assertThat(desk.settings("uk")).contains(original);
    }

    /** Puts the edition back as the other tests expect it, and drops the pages rendered meanwhile. */
    private void restore(EditionSettings original) {
        desk.change(original, "test");
        events.publishEvent(new ContentChanged("edition"));
    }

    private static Map<String, String> fields(EditionSettings settings) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", settings.name());
        fields.put("timeZone", settings.timeZone());
        fields.put("datePattern", settings.datePattern());
        fields.put("appealHeading", settings.appealHeading());
        fields.put("appealBody", settings.appealBody());
        return fields;
    }
}
