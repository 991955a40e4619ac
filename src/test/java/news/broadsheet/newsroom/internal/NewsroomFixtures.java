package news.broadsheet.newsroom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.Browserless;
import news.broadsheet.article.Articles;

/** Staff signed in over HTTP and the form fields of an article, for the newsroom's integration tests. */
final class NewsroomFixtures {

    static final String PASSWORD = "correct horse battery";

    private final int port;
    private final StaffService staffService;
    private final StaffRepository staff;
    private final Articles articles;

    NewsroomFixtures(int port, StaffService staffService, StaffRepository staff, Articles articles) {
        this.port = port;
        this.staffService = staffService;
        this.staff = staff;
        this.articles = articles;
    }

    record Member(Browserless browser, long id, String email) {
    }

    Member signedIn(Role role) {
        String email = role.column() + "-" + UUID.randomUUID() + "@example.com";
        staffService.create(email, "Test " + role.label(), role, PASSWORD, false, "test");
        Browserless browser = new Browserless(port);
        assertThat(browser.signInToNewsroom(email, PASSWORD)).endsWith("/newsroom");
        return new Member(browser, staff.byEmail(email).orElseThrow().id(), email);
    }

    /** The fields of a complete, valid article form; tests change the ones they are about. */
    Map<String, String> fields(String headline, String slug) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("headline", headline);
        fields.put("standfirst", "A standfirst for " + headline);
        fields.put("slug", slug);
        fields.put("body", "First paragraph.\n\nSecond paragraph with a [link](https://example.com/).");
        fields.put("sectionId", String.valueOf(articles.sections().getFirst().id()));
        fields.put("topics", "Newsroom tests");
        fields.put("authorIds", String.valueOf(articles.authors().getFirst().id()));
        fields.put("heroImageId", "");
        fields.put("editions", "uk");
        return fields;
    }

    /** Creates a draft through the form and answers its id. */
    long draft(Member author, String headline, String slug) {
        author.browser().get("/newsroom/articles/new");
        HttpResponse<String> created = author.browser().post("/newsroom/articles/new", fields(headline, slug));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        String location = created.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.replaceAll(".*/articles/(\\d+).*", "$1"));
    }

    /** Saves the fields over the version the edit page currently shows. */
    HttpResponse<String> save(Member editor, long id, Map<String, String> fields) {
        String page = editor.browser().get("/newsroom/articles/" + id).body();
        Map<String, String> withVersion = new LinkedHashMap<>(fields);
        withVersion.put("version", versionIn(page));
        return editor.browser().post("/newsroom/articles/" + id, withVersion);
    }

    static String versionIn(String editPage) {
        Matcher matcher = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(editPage);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    HttpResponse<String> publish(Member editor, long id) {
        editor.browser().get("/newsroom/articles/" + id);
        return editor.browser().post("/newsroom/articles/" + id + "/publish", Map.of());
    }
}
