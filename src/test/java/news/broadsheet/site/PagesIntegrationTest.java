package news.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import news.broadsheet.Http;
import news.broadsheet.IntegrationTest;
import news.broadsheet.article.ArticleDesk;
import news.broadsheet.article.Articles;
import news.broadsheet.article.NewArticle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class PagesIntegrationTest {

    private static final String LEAD = "/articles/marsh-volkov-sochi-talks-varossa";

    @LocalServerPort
    int port;

    @Autowired
    ArticleDesk desk;

    @Autowired
    Articles articles;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void healthIsUpBecauseTheDatabaseAnswers() {
        HttpResponse<String> health = http.get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = JsonMapper.shared().readTree(health.body());
        assertThat(body.path("status").asString()).isEqualTo("UP");
        assertThat(body.path("components").path("db").path("status").asString()).isEqualTo("UP");
    }

    @Test
    void articlePagesAnswerConditionalRequestsWithNotModified() {
        HttpResponse<String> first = http.get(LEAD);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(http.get(LEAD, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(http.get(LEAD, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(http.get(LEAD, "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);
    }

    @Test
    void theHomePageSendsReadersToAnEdition() {
        assertThat(http.get("/").headers().firstValue("Location")).hasValue("/uk");
        assertThat(http.get("/", "Accept-Language", "en-US,en;q=0.8").headers().firstValue("Location")).hasValue("/us");
        assertThat(http.get("/", "Cookie", "edition=us").headers().firstValue("Location")).hasValue("/us");
        assertThat(http.get("/", "Cookie", "edition=<script>").headers().firstValue("Location")).hasValue("/uk");
    }

    @Test
    void theEditionCookieChangesTheTimeZoneOfAnArticle() {
        String uk = http.get(LEAD, "Cookie", "edition=uk").body();
        String us = http.get(LEAD, "Cookie", "edition=us").body();

        assertThat(uk).containsPattern("<time datetime=\"[^\"]+Z\" class=\"published\">\\w+day \\d{1,2} \\w+ \\d{4} \\d\\d:\\d\\d (GMT|BST)</time>");
        assertThat(us).containsPattern("<time datetime=\"[^\"]+Z\" class=\"published\">\\w+day, \\w+ \\d{1,2}, \\d{4} \\d{1,2}:\\d\\d [AP]M E[SD]T</time>");
    }

    @Test
    void unknownThingsAreNotFoundInTheSiteDesign() {
        for (String path : List.of("/articles/no-such-story", "/xx", "/uk/no-such-section", "/authors/nobody",
                "/topics/nothing", "/media/999999/800.jpg", "/articles/UPPER", "/no/such/page")) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Page not found").contains("class=\"masthead\"");
        }
    }

    @Test
    void malformedParametersAreBadRequestsWithoutAStackTrace() {
        for (String path : List.of("/uk?page=abc", "/uk?page=0", "/uk?page=-1", "/uk?page=99999999999",
                "/uk/world?page=1e3", "/authors/mara-ellison?page=%00")) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.body()).as(path).contains("Bad request").doesNotContain("Exception").doesNotContain("at news.");
        }
    }

    @Test
    void pathTraversalAndOversizeRequestsAreRefused() {
        for (String path : List.of("/articles/..%2F..%2Fetc%2Fpasswd", "/articles/%2e%2e/%2e%2e/etc/passwd",
                "/media/1/..%2F..%2F800.jpg", "/uk?page=" + "9".repeat(20_000))) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isBetween(400, 499);
            assertThat(response.body()).as(path).doesNotContain("Exception").doesNotContain("root:");
        }
    }

    @Test
    void aPageBeyondTheLastIsNotFound() {
        assertThat(http.get("/uk?page=2").statusCode()).isIn(200, 404);
        assertThat(http.get("/uk?page=500").statusCode()).isEqualTo(404);
    }

    @Test
    void hostileTextInStoredFieldsIsEscapedEverywhereOnThePage() {
        String hostile = "Attack </script><script>alert(1)</script> \"quoted\" & 'single' <b>bold</b>";
        long sectionId = articles.section("world").orElseThrow().id();
        long authorId = articles.author("mara-ellison").orElseThrow().id();
        desk.publish(new NewArticle("hostile-text-story", hostile, hostile,
                "Body <script>alert(2)</script>\n\n[x](javascript:alert(3))", sectionId, List.of(authorId),
                List.of(desk.topicNamed("Hostile <i>topic</i>").id()), null, Set.of("uk"), Instant.now(), null));

        String page = http.get("/articles/hostile-text-story").body();

        assertThat(page).doesNotContain("<script>alert").doesNotContain("<b>bold</b>").doesNotContain("javascript:")
                .doesNotContain("<i>topic</i>")
                .contains("Attack &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
        String jsonLd = page.replaceAll("(?s).*<script type=\"application/ld\\+json\">(.*?)</script>.*", "$1");
        assertThat(JsonMapper.shared().readTree(jsonLd).path("headline").asString()).isEqualTo(hostile);
        assertThat(http.get("/uk").body()).contains("Attack &lt;/script&gt;").doesNotContain("<script>alert");
    }

    @Test
    void publishingShowsTheNewArticleOnTheFrontAtOnce() {
        String before = http.get("/us").body();
        assertThat(before).doesNotContain("Fresh story for the cache test");

        desk.publish(new NewArticle("fresh-story-for-the-cache-test", "Fresh story for the cache test", "Standfirst",
                "Body", articles.section("politics").orElseThrow().id(),
                List.of(articles.author("tom-okafor").orElseThrow().id()), List.of(), null, Set.of("us"),
                Instant.now(), null));

        assertThat(http.get("/us").body()).contains("Fresh story for the cache test");
    }

    @Test
    void securityHeadersForbidThirdPartiesAndInlineScript() {
        HttpResponse<String> response = http.get(LEAD);
        String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();

        assertThat(policy).contains("default-src 'self'").contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.body()).doesNotContainPattern("(src|href)=\"(https?:)?//(?!localhost:" + port + ")");
    }

    @Test
    void imagesAreServedWithLongLivedCacheHeaders() {
        String page = http.get(LEAD).body();
        String src = page.replaceAll("(?s).*<figure class=\"hero\">\\s*<img src=\"([^\"]+)\".*", "$1");
        HttpResponse<String> image = http.get(src);

        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(image.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000").contains("immutable");
    }
}
