package news.broadsheet.newsroom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.broadsheet.Browserless;
import news.broadsheet.IntegrationTest;
import news.broadsheet.article.Articles;
import news.broadsheet.article.Section;
import news.broadsheet.audit.AuditTrail;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Administrators manage the sections; the public masthead follows at once; nobody else can change them. */
@IntegrationTest
class SectionsAdministrationIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffService staffService;

    @Autowired
    StaffRepository staff;

    @Autowired
    Articles articles;

    @Autowired
    AuditTrail audit;

    private NewsroomFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new NewsroomFixtures(port, staffService, staff, articles);
    }

    @Test
    void anAdministratorCreatesEditsReordersAndDeletesASectionAndTheMastheadFollows() {
        var admin = fixtures.signedIn(Role.ADMIN).browser();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = "Obituaries " + unique;

        admin.get("/newsroom/sections");
        var created = admin.post("/newsroom/sections", Map.of("name", name, "slug", "", "description", "Lives"));
        assertThat(created.statusCode()).isEqualTo(303);
        Section section = sectionNamed(name);
        assertThat(section.slug()).isEqualTo("obituaries-" + unique);
        assertThat(mastheadSections()).last().isEqualTo(name);

        String renamed = "Lives " + unique;
        admin.get("/newsroom/sections");
        assertThat(admin.post("/newsroom/sections/" + section.id(),
                Map.of("name", renamed, "description", "Remembered")).statusCode()).isEqualTo(303);
        assertThat(mastheadSections()).contains(renamed).doesNotContain(name);
        assertThat(admin.get("/uk/" + section.slug()).statusCode()).isEqualTo(200);

        List<String> before = mastheadSections();
        admin.get("/newsroom/sections");
        assertThat(admin.post("/newsroom/sections/" + section.id() + "/move", Map.of("to", "UP")).statusCode())
                .isEqualTo(303);
        List<String> after = mastheadSections();
        assertThat(after.indexOf(renamed)).isEqualTo(before.indexOf(renamed) - 1);

        admin.get("/newsroom/sections");
        assertThat(admin.post("/newsroom/sections/" + section.id() + "/delete", Map.of()).statusCode()).isEqualTo(303);
        assertThat(mastheadSections()).doesNotContain(renamed);
        assertThat(admin.get("/uk/" + section.slug()).statusCode()).isEqualTo(404);
        assertThat(audit.latest(0, 20)).extracting(news.broadsheet.audit.AuditEvent::action)
                .contains("created section", "edited section", "moved section", "deleted section");
    }

    @Test
    void badSlugsAndReservedOnesAreRefusedWithTheReason() {
        var admin = fixtures.signedIn(Role.ADMIN).browser();

        admin.get("/newsroom/sections");
        var reserved = admin.post("/newsroom/sections", Map.of("name", "Feed", "slug", "", "description", ""));
        assertThat(reserved.statusCode()).isEqualTo(400);
        assertThat(reserved.body()).contains("is taken by the edition");

        admin.get("/newsroom/sections");
        var taken = admin.post("/newsroom/sections", Map.of("name", "Another world", "slug", "world", "description", ""));
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(taken.body()).contains("Another section already has the slug");

        admin.get("/newsroom/sections");
        var malformed = admin.post("/newsroom/sections", Map.of("name", "Shouting", "slug", "LOUD/../x", "description", ""));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("cannot contain slashes or dots");
        assertThat(articles.sections()).extracting(Section::name).doesNotContain("Feed", "Another world", "Shouting");
    }

    @Test
    void aSectionArticlesAreFiledUnderCannotBeDeleted() {
        var admin = fixtures.signedIn(Role.ADMIN).browser();
        Section world = articles.section("world").orElseThrow();

        admin.get("/newsroom/sections");
        var refused = admin.post("/newsroom/sections/" + world.id() + "/delete", Map.of());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("cannot be deleted").contains("Move them to another section first.");
        assertThat(articles.section("world")).isPresent();
    }

    @Test
    void writersAndEditorsCannotChangeSections() {
        Section world = articles.section("world").orElseThrow();
        for (Role role : List.of(Role.WRITER, Role.EDITOR)) {
            Browserless member = fixtures.signedIn(role).browser();
            assertThat(member.get("/newsroom/sections").statusCode()).isEqualTo(403);
            member.get("/newsroom");
            assertThat(member.post("/newsroom/sections", Map.of("name", "Forged " + role, "slug", "", "description", ""))
                    .statusCode()).isEqualTo(403);
            assertThat(member.post("/newsroom/sections/" + world.id(), Map.of("name", "Hijacked", "description", ""))
                    .statusCode()).isEqualTo(403);
            assertThat(member.post("/newsroom/sections/" + world.id() + "/move", Map.of("to", "DOWN"))
                    .statusCode()).isEqualTo(403);
        }
        assertThat(articles.section("world").orElseThrow()).isEqualTo(world);
        assertThat(articles.sections()).extracting(Section::name).noneMatch(name -> name.startsWith("Forged"));
    }

    @Test
    void scriptInASectionNameIsShownAsTextOnPublicPages() {
        var admin = fixtures.signedIn(Role.ADMIN).browser();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = "<script>alert(1)</script> " + unique;

        admin.get("/newsroom/sections");
        assertThat(admin.post("/newsroom/sections", Map.of("name", name, "slug", "", "description", "")).statusCode())
                .isEqualTo(303);
        Section section = sectionNamed(name);
        try {
            HttpResponse<String> front = new Browserless(port).get("/uk");
            assertThat(front.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)");
            assertThat(mastheadSections()).contains(name);
        } finally {
            admin.get("/newsroom/sections");
            admin.post("/newsroom/sections/" + section.id() + "/delete", Map.of());
        }
    }

    private Section sectionNamed(String name) {
        return articles.sections().stream().filter(section -> section.name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> mastheadSections() {
        String front = new Browserless(port).get("/uk").body();
        return Jsoup.parse(front).select("nav.sections a").stream().map(Element::text).toList();
    }
}
