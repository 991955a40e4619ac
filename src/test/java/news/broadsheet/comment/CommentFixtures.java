package news.broadsheet.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import news.broadsheet.Browserless;
import news.broadsheet.TestStories;
import news.broadsheet.newsroom.internal.Role;
import news.broadsheet.newsroom.internal.StaffService;
import news.broadsheet.reader.ReaderFixtures.SignedInReader;

/** Stories to comment on, comments posted through the article page's forms, and a signed-in moderator. */
public final class CommentFixtures {

    public static final String STAFF_PASSWORD = "correct horse battery";

    private final int port;
    private final TestStories stories;
    private final StaffService staff;

    public CommentFixtures(int port, TestStories stories, StaffService staff) {
        this.port = port;
        this.stories = stories;
        this.staff = staff;
    }

    /** A story of its own for a test, so counts and pages are the test's alone. Answers its slug. */
    public String story() {
        String slug = "comments-" + UUID.randomUUID().toString().substring(0, 12);
        stories.publish(slug, "A story to discuss " + slug, "Its standfirst", "Its body.", TestStories.LONG_AGO);
        return slug;
    }

    public long storyId(String slug, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        return jdbc.sql("select id from article where slug = :slug").param("slug", slug).query(Long.class).single();
    }

    /** Posts through the form on the article page, as a reader without JavaScript does. */
    public static HttpResponse<String> post(SignedInReader reader, String slug, String text) {
        return reply(reader, slug, null, text);
    }

    public static HttpResponse<String> reply(SignedInReader reader, String slug, Long parent, String text) {
        reader.browser().get("/articles/" + slug);
        Map<String, String> fields = new HashMap<>();
        fields.put("text", text);
        if (parent != null) {
            fields.put("parent", parent.toString());
        }
        return reader.browser().post("/articles/" + slug + "/comments", fields);
    }

    /** The id of the comment a successful post redirected to. */
    public static long commentId(HttpResponse<String> posted) {
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(303);
        String location = posted.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.replaceAll(".*[?&]comment=(\\d+).*", "$1"));
    }

    /** A signed-in member of staff in the moderator role, who may do nothing in the newsroom but moderate. */
    public Browserless moderator() {
        String email = "moderator-" + UUID.randomUUID() + "@example.com";
        staff.create(email, "Test Moderator", Role.MODERATOR, STAFF_PASSWORD, false, "test");
        Browserless browser = new Browserless(port);
        assertThat(browser.signInToNewsroom(email, STAFF_PASSWORD)).endsWith("/newsroom");
        return browser;
    }

    public static Instant minutesAgo(int minutes) {
        return Instant.now().minusSeconds(60L * minutes);
    }
}
