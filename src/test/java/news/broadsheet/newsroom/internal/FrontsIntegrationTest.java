package news.broadsheet.newsroom.internal;

import static news.broadsheet.TestStories.LONG_AGO;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.broadsheet.Browserless;
import news.broadsheet.Html5;
import news.broadsheet.Http;
import news.broadsheet.IntegrationTest;
import news.broadsheet.TestStories;
import news.broadsheet.article.ArticleDesk;
import news.broadsheet.article.Articles;
import news.broadsheet.article.FrontDesk;
import news.broadsheet.article.FrontSlot;
import news.broadsheet.audit.AuditTrail;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Editors curate the edition fronts in the newsroom; readers see the new order at once; nobody else can change it. */
@IntegrationTest
class FrontsIntegrationTest {

    private static final String PASSWORD = "correct horse battery";
    private static final String UK_FRONT = "/newsroom/fronts/uk";

    @LocalServerPort
    int port;

    @Autowired
    StaffService staffService;

    @Autowired
    ArticleDesk desk;

    @Autowired
    Articles articles;

    @Autowired
    FrontDesk fronts;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    private TestStories stories;

    @BeforeEach
    void setUp() {
        stories = new TestStories(desk, articles, jdbc);
    }

    /** Other tests read the fronts too, so each test leaves them as it found them: newest first. */
    @AfterEach
    void clearFronts() {
        for (String edition : List.of("uk", "us")) {
            fronts.curated(edition).forEach(slot -> fronts.remove(edition, slot.articleId(), "test clean-up"));
        }
    }

    private Browserless signedIn(Role role) {
        String email = "fronts-" + role.column() + "-" + UUID.randomUUID() + "@example.com";
        staffService.create(email, "Fronts " + role.label(), role, PASSWORD, false, "test");
        Browserless member = new Browserless(port);
        member.signInToNewsroom(email, PASSWORD);
        return member;
    }

    private record Story(long id, String headline) {
    }

    /** A UK story too old to reach the first page of the front unless an editor puts it there. */
    private Story oldStory(String label) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String headline = "Front test " + label + " " + unique;
        long id = stories.publish("front-test-" + label + "-" + unique, headline, "Standfirst.", "Body.", LONG_AGO);
        return new Story(id, headline);
    }

    private static Map<String, String> article(Story story) {
        return Map.of("article", String.valueOf(story.id()));
    }

    private List<Long> curatedIds() {
        return fronts.curated("uk").stream().map(FrontSlot::articleId).toList();
    }

    /** The headlines on the first page of the UK front, waiting up to a second for the cache to follow a change. */
    private List<String> ukFrontHeadlinesOnceTheyStartWith(String lead) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(1);
        List<String> headlines;
        do {
            headlines = Jsoup.parse(new Http(port).get("/uk").body()).select(".card-headline a").eachText();
            if (!headlines.isEmpty() && headlines.getFirst().equals(lead)) {
                return headlines;
            }
            Thread.sleep(50);
        } while (Instant.now().isBefore(deadline));
        return headlines;
    }

    @Test
    void anEditorMakesAStoryTheLeadAndThePublicFrontFollowsAtOnce() throws InterruptedException {
        Story first = oldStory("first");
        Story second = oldStory("second");
        assertThat(new Http(port).get("/uk").body()).doesNotContain(second.headline());
        Browserless editor = signedIn(Role.EDITOR);

        assertThat(editor.get(UK_FRONT).body()).contains("Add to front");
        assertThat(editor.post(UK_FRONT + "/add", article(first)).headers().firstValue("Location")).hasValue(UK_FRONT + "?changed");
        editor.get(UK_FRONT);
        assertThat(editor.post(UK_FRONT + "/add", article(second)).statusCode()).isEqualTo(303);
        String page = editor.get(UK_FRONT).body();
        assertThat(page).contains("Move up").contains("Move down").contains("Remove").contains("Make lead");
        assertThat(Html5.parseErrors(page)).isEmpty();
        var moved = editor.post(UK_FRONT + "/move", Map.of("article", String.valueOf(second.id()), "to", "LEAD"));

        assertThat(moved.statusCode()).isEqualTo(303);
        assertThat(curatedIds()).containsExactly(second.id(), first.id());
        List<String> front = ukFrontHeadlinesOnceTheyStartWith(second.headline());
        assertThat(front).startsWith(second.headline(), first.headline()).doesNotHaveDuplicates();
        assertThat(Jsoup.parse(new Http(port).get("/uk").body()).select(".card-lead .card-headline a").text())
                .isEqualTo(second.headline());
        assertThat(audit.latest(0, 10)).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("reordered front");
            assertThat(event.detail()).contains(second.headline()).contains("the lead");
        });
    }

    @Test
    void theFrontShowsEveryStoryOnceAcrossItsPages() throws InterruptedException {
        Story story = oldStory("paged");
        fronts.add("uk", story.id(), "test");
        assertThat(ukFrontHeadlinesOnceTheyStartWith(story.headline())).first().isEqualTo(story.headline());

        Http reader = new Http(port);
        List<String> everyStory = new ArrayList<>();
        for (int page = 1; ; page++) {
            HttpResponse<String> response = reader.get("/uk?page=" + page);
            if (response.statusCode() == 404) {
                break;
            }
            everyStory.addAll(Jsoup.parse(response.body()).select(".card-headline a").eachText());
        }
        assertThat(everyStory).doesNotHaveDuplicates().contains(story.headline())
                .hasSize((int) articles.latestInEdition("uk", 1, 1).total());
    }

    @Test
    void editorsChangingOneFrontAtOnceTakeTurnsAndLoseNothing() throws Exception {
        List<Story> placed = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            placed.add(oldStory("together-" + i));
        }

        try (ExecutorService editors = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> changes = new ArrayList<>();
            for (Story story : placed) {
                changes.add(editors.submit(() -> fronts.add("uk", story.id(), "test")));
            }
            for (Future<?> change : changes) {
                change.get();
            }
        }

        assertThat(curatedIds()).containsExactlyInAnyOrderElementsOf(placed.stream().map(Story::id).toList());
        assertThat(fronts.curated("uk")).extracting(FrontSlot::position).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void aWriterCanNeitherSeeNorChangeTheFront() {
        Story story = oldStory("writer");
        Browserless writer = signedIn(Role.WRITER);

        assertThat(writer.get(UK_FRONT).statusCode()).isEqualTo(403);
        assertThat(writer.get("/newsroom").body()).doesNotContain("href=\"/newsroom/fronts/uk\"");
        assertThat(writer.post(UK_FRONT + "/add", article(story)).statusCode()).isEqualTo(403);
        assertThat(curatedIds()).isEmpty();

        assertThat(signedIn(Role.EDITOR).get("/newsroom").body()).contains("href=\"/newsroom/fronts/uk\"");
        assertThat(signedIn(Role.ADMIN).get(UK_FRONT).statusCode()).isEqualTo(200);
    }

    @Test
    void aFormPostedWithoutTheCsrfTokenIsRefused() {
        Story story = oldStory("forged");
        Browserless editor = signedIn(Role.EDITOR);
        editor.get(UK_FRONT);

        assertThat(editor.postRaw(UK_FRONT + "/add", article(story)).statusCode()).isEqualTo(403);
        assertThat(curatedIds()).isEmpty();
    }

    @Test
    void movingAStoryThatIsNotOnTheFrontOrNotPublishedIsRefusedWithAClearMessage() {
        Story placed = oldStory("placed");
        Story elsewhere = oldStory("elsewhere");
        long draft = stories.insertDraft("front-test-draft-" + UUID.randomUUID().toString().substring(0, 8),
                "Front test draft", "Not ready.");
        Browserless editor = signedIn(Role.EDITOR);
        editor.get(UK_FRONT);
        editor.post(UK_FRONT + "/add", article(placed));

        editor.get(UK_FRONT);
        var notOnFront = editor.post(UK_FRONT + "/move", Map.of("article", String.valueOf(elsewhere.id()), "to", "UP"));
        assertThat(notOnFront.statusCode()).isEqualTo(400);
        assertThat(notOnFront.body()).contains("The front was not changed")
                .contains("That story is not on the front. Add it to the front first.");

        var unpublished = editor.post(UK_FRONT + "/add", Map.of("article", String.valueOf(draft)));
        assertThat(unpublished.statusCode()).isEqualTo(400);
        assertThat(unpublished.body()).contains("“Front test draft” is not published");

        jdbc.sql("update article set status = 'unpublished' where id = :id").param("id", placed.id()).update();
        var unpublishedSinceCurated = editor.post(UK_FRONT + "/move", Map.of("article", String.valueOf(placed.id()), "to", "DOWN"));
        assertThat(unpublishedSinceCurated.statusCode()).isEqualTo(400);
        assertThat(unpublishedSinceCurated.body()).contains("is not published").contains("Not published in this edition");
        assertThat(Html5.parseErrors(unpublishedSinceCurated.body())).isEmpty();

        assertThat(curatedIds()).containsExactly(placed.id());
        assertThat(editor.post(UK_FRONT + "/move", Map.of("article", "1", "to", "SIDEWAYS")).statusCode()).isEqualTo(400);
        assertThat(editor.get("/newsroom/fronts/xx").statusCode()).isEqualTo(404);
    }

    @Test
    void draggingPostsTheWholeNewOrderWhichMustMatchTheFrontAsItIs() {
        Story a = oldStory("a");
        Story b = oldStory("b");
        Story c = oldStory("c");
        for (Story story : List.of(a, b, c)) {
            fronts.add("uk", story.id(), "test");
        }
        Browserless editor = signedIn(Role.EDITOR);
        editor.get(UK_FRONT);

        // The browser sends one "article" field per story; Spring reads a comma-separated one the same way.
        var reordered = editor.post(UK_FRONT + "/order", Map.of("article", c.id() + "," + a.id() + "," + b.id()));
        assertThat(reordered.statusCode()).isEqualTo(303);
        assertThat(curatedIds()).containsExactly(c.id(), a.id(), b.id());

        editor.get(UK_FRONT);
        var stale = editor.post(UK_FRONT + "/order", Map.of("article", a.id() + "," + b.id()));
        assertThat(stale.statusCode()).isEqualTo(400);
        assertThat(stale.body()).contains("The front changed while you were arranging it.");
        assertThat(curatedIds()).containsExactly(c.id(), a.id(), b.id());
    }
}
