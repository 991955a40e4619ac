package news.broadsheet.newsroom.internal;

import static news.broadsheet.comment.CommentFixtures.commentId;
import static news.broadsheet.comment.CommentFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.broadsheet.Browserless;
import news.broadsheet.Html5;
import news.broadsheet.IntegrationTest;
import news.broadsheet.TestStories;
import news.broadsheet.article.ArticleDesk;
import news.broadsheet.article.Articles;
import news.broadsheet.comment.CommentFixtures;
import news.broadsheet.mail.MailOutbox;
import news.broadsheet.newsroom.internal.NewsroomFixtures.Member;
import news.broadsheet.reader.ReaderFixtures;
import news.broadsheet.reader.ReaderFixtures.SignedInReader;
import news.broadsheet.reader.Readers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A moderator works on readers' comments and may open nothing else in the newsroom. */
@IntegrationTest
class ModeratorRoleIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffService staffService;
    @Autowired
    StaffRepository staff;
    @Autowired
    Articles articles;
    @Autowired
    ArticleDesk desk;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Readers readers;

    NewsroomFixtures newsroom;
    TestStories stories;
    ReaderFixtures people;

    @BeforeEach
    void fixtures() {
        newsroom = new NewsroomFixtures(port, staffService, staff, articles);
        stories = new TestStories(desk, articles, jdbc);
        people = new ReaderFixtures(port, outbox, readers);
    }

    @Test
    void aModeratorCannotWritePublishCurateAlertSeeRevenueOrAdminister() {
        Member writer = newsroom.signedIn(Role.WRITER);
        long draft = newsroom.draft(writer, "A writer's draft", "moderator-draft-" + UUID.randomUUID());
        long published = publishedStory();
        Browserless moderator = newsroom.signedIn(Role.MODERATOR).browser();

        for (String path : List.of("/newsroom/articles/new", "/newsroom/articles/" + draft,
                "/newsroom/articles/" + published, "/newsroom/articles/" + draft + "/revisions",
                "/newsroom/media", "/newsroom/search?q=sochi", "/newsroom/fronts/uk", "/newsroom/alerts",
                "/newsroom/alerts/new", "/newsroom/revenue", "/newsroom/revenue.csv", "/newsroom/support/uk",
                "/newsroom/staff", "/newsroom/sections", "/newsroom/topics", "/newsroom/editions", "/newsroom/audit",
                "/newsroom/outbox")) {
            assertThat(moderator.get(path).statusCode()).as("GET " + path).isEqualTo(403);
        }

        String sneaky = "sneaky-" + UUID.randomUUID() + "@example.com";
        Map<String, Map<String, String>> forms = Map.ofEntries(
                Map.entry("/newsroom/articles/new", newsroom.fields("Written by a moderator", "by-a-moderator")),
                Map.entry("/newsroom/articles/" + draft, newsroom.fields("Rewritten by a moderator", "rewritten")),
                Map.entry("/newsroom/articles/" + draft + "/autosave", Map.of("headline", "Autosaved")),
                Map.entry("/newsroom/articles/" + draft + "/submit", Map.of()),
                Map.entry("/newsroom/articles/" + draft + "/publish", Map.of()),
                Map.entry("/newsroom/articles/" + draft + "/schedule", Map.of("at", "2040-01-01T09:00")),
                Map.entry("/newsroom/articles/" + published + "/unpublish", Map.of()),
                Map.entry("/newsroom/articles/" + published + "/corrections", Map.of("text", "A correction")),
                Map.entry("/newsroom/preview", Map.of("body", "Preview")),
                Map.entry("/newsroom/fronts/uk/add", Map.of("articleId", Long.toString(published))),
                Map.entry("/newsroom/alerts", Map.of("article", "any")),
                Map.entry("/newsroom/support/uk", Map.of()),
                Map.entry("/newsroom/sections", Map.of("name", "Moderated")),
                Map.entry("/newsroom/staff", Map.of("email", sneaky, "displayName", "Sneaky", "role", "ADMIN",
                        "password", "sneaky password 12")));
        for (var form : forms.entrySet()) {
            moderator.get("/newsroom/comments");
            assertThat(moderator.post(form.getKey(), form.getValue()).statusCode()).as("POST " + form.getKey()).isEqualTo(403);
        }

        assertThat(statusAndHeadline(draft)).isEqualTo("draft: A writer's draft");
        assertThat(statusAndHeadline(published)).startsWith("published: ");
        assertThat(jdbc.sql("select count(*) from front_slot where article_id = :id").param("id", published)
                .query(Integer.class).single()).isZero();
        assertThat(staff.byEmail(sneaky)).isEmpty();
        assertThat(moderator.get("/newsroom").statusCode()).as("still signed in, so the 403s were the role's").isEqualTo(200);
    }

    @Test
    void aModeratorWorksTheQueueAndTheCommentSettingsWithTheCsrfToken() {
        CommentFixtures comments = new CommentFixtures(port, stories, staffService);
        String slug = comments.story();
        long articleId = comments.storyId(slug, jdbc);
        Browserless moderator = newsroom.signedIn(Role.MODERATOR).browser();
        SignedInReader ann = people.signedIn();
        ann.browser().from(ownAddress());

        for (String path : List.of("/newsroom", "/newsroom/password", "/newsroom/comments",
                "/newsroom/comments?queue=held", "/newsroom/comments?queue=reported", "/newsroom/comments/settings",
                "/newsroom/comments/articles?q=" + slug, "/newsroom/comments/articles/" + articleId)) {
            assertThat(moderator.get(path).statusCode()).as("GET " + path).isEqualTo(200);
        }

        assertThat(moderator.post("/newsroom/comments/articles/" + articleId + "/mode", Map.of("mode", "premoderated"))
                .statusCode()).isEqualTo(303);
        long held = commentId(post(ann, slug, "Waiting for a moderator"));
        assertThat(statusOf(held)).isEqualTo("pending");
        assertThat(moderator.get("/newsroom/comments").body()).contains("Waiting for a moderator")
                .contains("href=\"/newsroom/comments/articles/" + articleId + "\"");
        assertThat(moderator.post("/newsroom/comments/" + held + "/approve", Map.of()).statusCode()).isEqualTo(303);
        assertThat(statusOf(held)).isEqualTo("published");
        assertThat(moderator.post("/newsroom/comments/" + held + "/feature", Map.of("featured", "true")).statusCode())
                .isEqualTo(303);

        moderator.get("/newsroom/comments/articles/" + articleId);
        moderator.post("/newsroom/comments/articles/" + articleId + "/mode", Map.of("mode", "open"));
        long rude = commentId(post(ann, slug, "Something rude"));
        long reported = commentId(post(ann, slug, "Something disputed"));
        SignedInReader bob = people.signedIn();
        bob.browser().from(ownAddress()).get("/articles/" + slug);
        bob.browser().post("/comments/" + rude + "/report", Map.of("reason", "Rude"));
        bob.browser().post("/comments/" + reported + "/report", Map.of("reason", "Wrong"));
        moderator.get("/newsroom/comments?queue=reported");
        assertThat(moderator.post("/newsroom/comments/" + rude + "/reject",
                Map.of("reason", "Personal attack", "queue", "reported")).statusCode()).isEqualTo(303);
        assertThat(moderator.post("/newsroom/comments/" + reported + "/dismiss", Map.of("queue", "reported"))
                .statusCode()).isEqualTo(303);
        assertThat(statusOf(rude)).isEqualTo("rejected");
        assertThat(statusOf(reported)).isEqualTo("published");

        String word = TestStories.uniqueWord();
        moderator.get("/newsroom/comments/settings");
        assertThat(moderator.post("/newsroom/comments/words", Map.of("word", word, "kind", "suspect")).statusCode()).isEqualTo(303);
        assertThat(moderator.post("/newsroom/comments/words/remove", Map.of("word", word)).statusCode()).isEqualTo(303);
        assertThat(moderator.post("/newsroom/comments/rules", Map.of()).statusCode()).isEqualTo(303);
        long world = articles.section("world").orElseThrow().id();
        assertThat(moderator.post("/newsroom/comments/sections/" + world + "/mode", Map.of("mode", "open")).statusCode())
                .isEqualTo(303);
        assertThat(moderator.post("/newsroom/comments/readers/sanction", Map.of("reader", "/readers/" + ann.profile().handle(),
                "kind", "suspend", "days", "3", "reason", "Cooling off")).statusCode()).isEqualTo(303);
        assertThat(post(ann, slug, "While suspended").statusCode()).isEqualTo(403);
        moderator.get("/newsroom/comments/settings");
        assertThat(moderator.post("/newsroom/comments/readers/" + ann.profile().id() + "/lift", Map.of()).statusCode())
                .isEqualTo(303);
        assertThat(commentId(post(ann, slug, "Back again"))).isPositive();

        long forged = commentId(post(ann, slug, "Not to be rejected by a forged form"));
        assertThat(moderator.postRaw("/newsroom/comments/" + forged + "/reject", Map.of("reason", "Forged")).statusCode())
                .isEqualTo(403);
        assertThat(statusOf(forged)).isEqualTo("published");

        String moderatorName = "Test " + Role.MODERATOR.label();
        assertThat(jdbc.sql("select action from audit_event where actor like :name and subject_type = 'comment' and subject_id in (:ids) order by id")
                .param("name", moderatorName + " <%").param("ids", List.of(Long.toString(held), Long.toString(rude)))
                .query(String.class).list()).containsExactly("comment.approve", "comment.feature", "comment.reject");
    }

    @Test
    void aModeratorFindsAnArticleByItsAddressOrItsWordsWithoutTheArticleEditor() {
        String word = TestStories.uniqueWord();
        String slug = "moderated-" + word;
        long id = stories.publish(slug, "Talks about " + word, "A standfirst", "A body.", TestStories.LONG_AGO);
        Browserless moderator = newsroom.signedIn(Role.MODERATOR).browser();

        assertThat(moderator.get("/newsroom/comments/settings").body()).contains("action=\"/newsroom/comments/articles\"");
        HttpResponse<String> byAddress = moderator.get("/newsroom/comments/articles?q=http://localhost:" + port + "/articles/" + slug);
        assertThat(byAddress.statusCode()).isEqualTo(303);
        assertThat(byAddress.headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/comments/articles/" + id);
        String found = moderator.get("/newsroom/comments/articles?q=" + word).body();
        assertThat(found).contains("<a href=\"/newsroom/comments/articles/" + id + "\">Talks about " + word + "</a>");
        assertThat(Html5.parseErrors(found)).isEmpty();
        assertThat(moderator.get("/newsroom/comments/articles?q=/articles/no-such-" + word).body())
                .contains("No published article has the address");
        assertThat(moderator.get("/newsroom/comments/articles?q=%3Cscript%3E" + word).body())
                .contains("No published article matches “&lt;script&gt;" + word + "”");

        String control = moderator.get("/newsroom/comments/articles/" + id).body();
        assertThat(Html5.parseErrors(control)).isEmpty();
        assertThat(control).contains("href=\"/articles/" + slug + "\"").doesNotContain("href=\"/newsroom/articles/" + id + "\"");
        Browserless editor = newsroom.signedIn(Role.EDITOR).browser();
        assertThat(editor.get("/newsroom/comments/articles/" + id).body()).contains("href=\"/newsroom/articles/" + id + "\"");
        assertThat(editor.get("/newsroom/articles/" + id).body()).contains("href=\"/newsroom/comments/articles/" + id + "\"");
    }

    @Test
    void theNewsroomShowsEachRoleWhatItMayUse() {
        assertThat(navigation(Role.MODERATOR)).containsExactly("Desk", "Comments", "View site");
        assertThat(navigation(Role.WRITER)).containsExactly("Desk", "New article", "Pictures", "Search", "View site");
        assertThat(navigation(Role.EDITOR)).containsExactly("Desk", "New article", "Pictures", "Search", "Fronts",
                "Alerts", "Revenue", "Comments", "View site");
        assertThat(navigation(Role.ADMIN)).contains("Comments", "Fronts", "Staff", "Outbox");

        String desk = newsroom.signedIn(Role.MODERATOR).browser().get("/newsroom").body();
        assertThat(desk).contains("Signed in as Test Moderator, moderator.").contains("href=\"/newsroom/comments/settings\"")
                .doesNotContain("Write a new article").doesNotContain("My drafts");
        assertThat(Html5.parseErrors(desk)).isEmpty();
        assertThat(newsroom.signedIn(Role.WRITER).browser().get("/newsroom/comments").statusCode()).isEqualTo(403);
        assertThat(newsroom.signedIn(Role.ADMIN).browser().get("/newsroom/comments").statusCode()).isEqualTo(200);
    }

    @Test
    void anAdministratorAddsAModeratorAndAChangedRoleTakesEffectAtOnce() {
        Browserless admin = newsroom.signedIn(Role.ADMIN).browser();
        String page = admin.get("/newsroom/staff").body();
        assertThat(page).contains("<option value=\"MODERATOR\">Moderator</option>")
                .contains("Moderator: moderates readers' comments, and nothing else.");
        assertThat(Html5.parseErrors(page)).isEmpty();

        String email = "new-moderator-" + UUID.randomUUID() + "@example.com";
        assertThat(admin.post("/newsroom/staff", Map.of("email", email, "displayName", "New Moderator",
                "role", "MODERATOR", "password", "temporary password 1")).statusCode()).isEqualTo(303);
        assertThat(staff.byEmail(email).orElseThrow().role()).isEqualTo(Role.MODERATOR);

        Member editor = newsroom.signedIn(Role.EDITOR);
        assertThat(editor.browser().get("/newsroom/fronts/uk").statusCode()).isEqualTo(200);
        admin.get("/newsroom/staff");
        assertThat(admin.post("/newsroom/staff/" + editor.id() + "/role", Map.of("role", "MODERATOR")).statusCode())
                .isEqualTo(303);
        assertThat(staff.byId(editor.id()).orElseThrow().role()).isEqualTo(Role.MODERATOR);

        HttpResponse<String> signedOut = editor.browser().get("/newsroom/fronts/uk");
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/login");
        assertThat(editor.browser().signInToNewsroom(editor.email(), NewsroomFixtures.PASSWORD)).doesNotContain("/login");
        assertThat(editor.browser().get("/newsroom/fronts/uk").statusCode()).isEqualTo(403);
        assertThat(editor.browser().get("/newsroom/comments").statusCode()).isEqualTo(200);

        assertThat(jdbc.sql("select action || ' ' || detail from audit_event where subject_type = 'staff' and subject_id in (:ids) order by id")
                .param("ids", List.of(Long.toString(staff.byEmail(email).orElseThrow().id()), Long.toString(editor.id())))
                .query(String.class).list())
                .containsExactly("created staff account " + email + " as Moderator",
                        "created staff account " + editor.email() + " as Editor", "changed role to Moderator");
    }

    @Test
    void aDisabledMemberIsSignedOutOnTheirNextRequest() {
        Browserless admin = newsroom.signedIn(Role.ADMIN).browser();
        Member moderator = newsroom.signedIn(Role.MODERATOR);
        assertThat(moderator.browser().get("/newsroom/comments").statusCode()).isEqualTo(200);

        admin.get("/newsroom/staff");
        admin.post("/newsroom/staff/" + moderator.id() + "/enabled", Map.of("enabled", "false"));

        assertThat(moderator.browser().get("/newsroom/comments").statusCode()).isEqualTo(302);
        assertThat(moderator.browser().signInToNewsroom(moderator.email(), NewsroomFixtures.PASSWORD)).endsWith("?error");
    }

    /** A network address of this test's own, so its readers' comments use none of the allowance all tests share. */
    private static String ownAddress() {
        UUID random = UUID.randomUUID();
        return "2001:db8:%x:%x::1".formatted(random.getMostSignificantBits() & 0xffff, random.getLeastSignificantBits() & 0xffff);
    }

    private List<String> navigation(Role role) {
        String desk = newsroom.signedIn(role).browser().get("/newsroom").body();
        return Jsoup.parse(desk).select("nav[aria-label=Newsroom] a").eachText();
    }

    private long publishedStory() {
        return stories.publish("moderator-published-" + UUID.randomUUID(), "A published story", "A standfirst",
                "A body.", TestStories.LONG_AGO);
    }

    private String statusAndHeadline(long id) {
        return jdbc.sql("select status || ': ' || headline from article where id = :id").param("id", id)
                .query(String.class).single();
    }

    private String statusOf(long commentId) {
        return jdbc.sql("select status from comment where id = :id").param("id", commentId).query(String.class).single();
    }
}
