package news.broadsheet.newsroom.internal;

import static news.broadsheet.TestStories.LONG_AGO;
import static news.broadsheet.TestStories.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import news.broadsheet.Browserless;
import news.broadsheet.Html5;
import news.broadsheet.IntegrationTest;
import news.broadsheet.TestStories;
import news.broadsheet.article.ArticleDesk;
import news.broadsheet.article.Articles;
import news.broadsheet.article.NewArticle;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Staff search every article, drafts included, by words, status, author and section. */
@IntegrationTest
class NewsroomSearchIntegrationTest {

    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    StaffService staffService;

    @Autowired
    ArticleDesk desk;

    @Autowired
    Articles articles;

    @Autowired
    JdbcClient jdbc;

    private Browserless signedInWriter() {
        String email = "search-writer-" + UUID.randomUUID() + "@example.com";
        staffService.create(email, "Search Writer", Role.WRITER, PASSWORD, false, "test");
        Browserless writer = new Browserless(port);
        writer.signInToNewsroom(email, PASSWORD);
        return writer;
    }

    private static List<String> headlines(String html) {
        return Jsoup.parse(html).select("table.data tbody td:first-child a").eachText();
    }

    @Test
    void staffFindDraftsAndPublishedArticlesAndNarrowThemDown() {
        String word = uniqueWord();
        long draft = new TestStories(desk, articles, jdbc)
                .insertDraft("staff-search-draft-" + word, "Draft on " + word, "Unfinished.");
        String publishedSlug = "staff-search-published-" + word;
        desk.publish(new NewArticle(publishedSlug, "Published on " + word, "", "Body.",
                articles.section("politics").orElseThrow().id(), List.of(articles.author("tom-okafor").orElseThrow().id()),
                List.of(), null, Set.of("uk"), LONG_AGO, null));
        Browserless writer = signedInWriter();

        String everything = writer.get("/newsroom/search?q=" + word).body();
        assertThat(headlines(everything)).containsExactlyInAnyOrder("Draft on " + word, "Published on " + word);
        assertThat(everything).contains("href=\"/newsroom/articles/" + draft + "\"").contains(">Draft</span>")
                .contains("href=\"/articles/" + publishedSlug + "\"")
                .doesNotContain("href=\"/articles/staff-search-draft-" + word + "\"");
        assertThat(Html5.parseErrors(everything)).isEmpty();

        assertThat(headlines(writer.get("/newsroom/search?q=" + word + "&status=draft").body()))
                .containsExactly("Draft on " + word);
        assertThat(headlines(writer.get("/newsroom/search?q=" + word + "&author=tom-okafor").body()))
                .containsExactly("Published on " + word);
        assertThat(headlines(writer.get("/newsroom/search?q=" + word + "&section=world").body()))
                .containsExactly("Draft on " + word);
        assertThat(headlines(writer.get("/newsroom/search?status=draft&author=mara-ellison&section=world").body()))
                .contains("Draft on " + word).doesNotContain("Published on " + word);
    }

    @Test
    void theSearchIsInTheNewsroomNavigationAndListsEverythingWithoutCriteria() {
        Browserless writer = signedInWriter();

        String page = writer.get("/newsroom/search").body();

        assertThat(page).contains("<a href=\"/newsroom/search\" aria-current=\"page\">Search</a>");
        assertThat(headlines(page)).isNotEmpty();
    }

    @Test
    void unknownFiltersAndHostileWordsGetAClearAnswer() {
        Browserless writer = signedInWriter();

        var bogus = writer.get("/newsroom/search?status=lost&author=nobody&section=..%2F");
        assertThat(bogus.statusCode()).isEqualTo(400);
        assertThat(bogus.body()).contains("Choose a status from the list.").contains("Choose an author from the list.")
                .contains("Choose a section from the list.");
        assertThat(Html5.parseErrors(bogus.body())).isEmpty();

        var hostile = writer.get("/newsroom/search?q=" + URLEncoder.encode("<script>'); drop table article; --\u0000",
                StandardCharsets.UTF_8));
        assertThat(hostile.statusCode()).isEqualTo(200);
        assertThat(hostile.body()).doesNotContain("<script>'").contains("value=\"&lt;script>");

        assertThat(writer.get("/newsroom/search?q=" + "x".repeat(201)).statusCode()).isEqualTo(400);
        assertThat(writer.get("/newsroom/search?q=sochi&page=500").statusCode()).isEqualTo(400);
    }
}
