package news.broadsheet.article;

import static news.broadsheet.TestStories.LONG_AGO;
import static news.broadsheet.TestStories.longAgoPlus;
import static news.broadsheet.TestStories.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import news.broadsheet.Http;
import news.broadsheet.IntegrationTest;
import news.broadsheet.TestStories;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Readers' search at /search: ranked, highlighted, paged, published articles only, and safe from its input. */
@IntegrationTest
class SearchIntegrationTest {

    private static final String SOCHI_TALKS = "/articles/marsh-volkov-sochi-talks-varossa";
    private static final String GRAIN_SHIPS = "/articles/novorossiysk-grain-exports-slow-as-varossa-war-reaches-black-sea";

    @LocalServerPort
    int port;

    @Autowired
    ArticleDesk desk;

    @Autowired
    Articles articles;

    @Autowired
    JdbcClient jdbc;

    private Http http;
    private TestStories stories;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        stories = new TestStories(desk, articles, jdbc);
    }

    private HttpResponse<String> search(String query) {
        return http.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private static List<String> resultLinks(String html) {
        Document page = Jsoup.parse(html);
        return page.select(".search-result .card-headline a").eachAttr("href");
    }

    @Test
    void aHeadlineMatchRanksAboveABodyMatchEvenWhenOlder() {
        String word = uniqueWord();
        stories.publish("search-body-" + word, "Harbour council meets again", "A routine evening.",
                "The " + word + " came up once, late in the meeting.", longAgoPlus(Duration.ofDays(30)));
        stories.publish("search-headline-" + word, "The " + word + " returns to the harbour", "A rare sight.",
                "Nothing more to add.", LONG_AGO);

        assertThat(resultLinks(search(word).body()))
                .containsExactly("/articles/search-headline-" + word, "/articles/search-body-" + word);
    }

    @Test
    void matchesAreMarkedAndTheArticlesOwnMarkupIsEscaped() {
        String word = uniqueWord();
        stories.publish("search-marked-" + word, "Readers ask <script>alert(1)</script> about " + word,
                "A <b>bold</b> claim & a \"quoted\" one.", "Body on " + word + " with <script>alert(2)</script> in it.",
                LONG_AGO);

        String html = search(word).body();

        assertThat(html).contains("Readers ask &lt;script&gt;alert(1)&lt;/script&gt; about <mark>" + word + "</mark>")
                .contains("Body on <mark>" + word + "</mark>")
                .doesNotContain("<script>alert").doesNotContain("<b>bold");
        assertThat(Jsoup.parse(html).select(".search-result mark").eachText()).containsOnly(word);
    }

    @Test
    void draftsNeverAppear() {
        String word = uniqueWord();
        stories.insertDraft("search-draft-" + word, "Secret draft about " + word, "Not ready: " + word);

        String html = search(word).body();

        assertThat(html).contains("No articles match").doesNotContain("Secret draft")
                .doesNotContain("/articles/search-draft-" + word);
    }

    @Test
    void phrasesExclusionsAndOrWorkAsOnAWebSearchEngine() {
        List<String> blackSeaWithoutVolkov = resultLinks(search("\"black sea\" -volkov").body());
        assertThat(blackSeaWithoutVolkov).contains(GRAIN_SHIPS).doesNotContain(SOCHI_TALKS);
        assertThat(resultLinks(search("\"black sea\"").body())).contains(GRAIN_SHIPS, SOCHI_TALKS);
        assertThat(resultLinks(search("cairngorms OR kaliningrad").body()))
                .contains("/articles/cairngorms-snow-cover-shrinking-study-finds",
                        "/articles/baltic-storms-erode-kaliningrad-dunes");
    }

    @Test
    void hostileQueriesAreHarmlessAndEscaped() {
        for (String query : List.of("'); drop table article; --", "<script>alert(1)</script>", "\"unbalanced",
                "a & b | !c <-> d:*", "\u0000nul", "-", "OR", "\\", "%", "))((")) {
            HttpResponse<String> response = search(query);
            assertThat(response.statusCode()).as(query).isEqualTo(200);
            assertThat(response.body()).as(query).doesNotContain("<script>").doesNotContain("Exception");
        }
        assertThat(search("<script>alert(1)</script>").body()).contains("value=\"&lt;script>alert(1)&lt;/script>\"");
        assertThat(search("'); drop table article; --").body()).contains("No articles match");
        assertThat(articles.published("marsh-volkov-sochi-talks-varossa")).isPresent();
    }

    @Test
    void aQueryOverTwoHundredCharactersIsABadRequest() {
        HttpResponse<String> tooLong = search("sochi ".repeat(40));

        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("Your search is too long").contains("<meta name=\"robots\" content=\"noindex\">");
        assertThat(search("a".repeat(200)).statusCode()).isEqualTo(200);
    }

    @Test
    void anEmptyQueryShowsTheFormAlone() {
        for (String path : List.of("/search", "/search?q=", "/search?q=+++")) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("<input id=\"search-q\" name=\"q\"")
                    .doesNotContain("search-result").doesNotContain("No articles match");
        }
    }

    @Test
    void resultsComeTenToAPageAtStableAddressesNewestFirstAmongEquals() {
        String word = uniqueWord();
        for (int i = 1; i <= 11; i++) {
            stories.publish("search-paged-" + i + "-" + word, "Paged story " + i, "", "About " + word + ".",
                    longAgoPlus(Duration.ofHours(i)));
        }

        String first = http.get("/search?q=" + word).body();
        assertThat(first).contains("11 articles match").contains("href=\"/search?q=" + word + "&amp;page=2\"");
        assertThat(resultLinks(first)).hasSize(10).first().isEqualTo("/articles/search-paged-11-" + word);

        String second = http.get("/search?q=" + word + "&page=2").body();
        assertThat(resultLinks(second)).containsExactly("/articles/search-paged-1-" + word);
        assertThat(second).contains("rel=\"prev\" href=\"/search?q=" + word + "\"");

        assertThat(http.get("/search?q=" + word + "&page=3").statusCode()).isEqualTo(400);
        assertThat(http.get("/search?q=" + word + "&page=3").body()).contains("There is no page 3");
        assertThat(http.get("/search?q=" + word + "&page=0").statusCode()).isEqualTo(400);
        assertThat(http.get("/search?q=" + word + "&page=two").statusCode()).isEqualTo(400);
    }

    @Test
    void searchPagesAreNeitherIndexedNorStored() {
        HttpResponse<String> response = search("sochi");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<meta name=\"robots\" content=\"noindex\">").contains("<mark>Sochi</mark>");
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(resultLinks(response.body())).contains(SOCHI_TALKS);
    }

    @Test
    void everyPublicPageHasASearchFormThatWorksWithoutJavaScript() {
        Document front = Jsoup.parse(http.get("/uk").body());

        var form = front.selectFirst("header.masthead form[role=search]");
        assertThat(form).isNotNull();
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/search");
        assertThat(form.selectFirst("label[for=masthead-q]").text()).isEqualTo("Search");
        assertThat(form.selectFirst("input#masthead-q").attr("name")).isEqualTo("q");
    }
}
