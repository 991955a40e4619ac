package news.broadsheet.distribution;

import static news.broadsheet.distribution.SiteClient.ATOM;
import static news.broadsheet.distribution.SiteClient.NEWS;
import static news.broadsheet.distribution.SiteClient.SITEMAP;
import static news.broadsheet.distribution.SiteClient.child;
import static news.broadsheet.distribution.SiteClient.children;
import static news.broadsheet.distribution.SiteClient.locations;
import static news.broadsheet.distribution.SiteClient.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import news.broadsheet.IntegrationTest;
import news.broadsheet.article.ArticleDesk;
import news.broadsheet.article.Articles;
import news.broadsheet.article.Author;
import news.broadsheet.article.NewArticle;
import news.broadsheet.article.Section;
import news.broadsheet.site.Site;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Element;

/** Headlines, names and summaries are hostile input: feeds and sitemaps must escape them, never carry them as markup. */
@IntegrationTest
class HostileContentIntegrationTest {

    private static final String HEADLINE = "<script>alert(1)</script> ]]> Fish & \"chips\" \u0001at \uD800last";
    private static final String STANDFIRST = "Tom's <b>bold</b> ]]> & \"quoted\"\u0001 \uDC00claim <!-- not a comment -->";
    private static final String AUTHOR = "O'Brien & <i>\"Sons\"</i>\u0001";
    private static final String SECTION = "Letters & <Opinion> \"]]>\"\u0001";

    // PostgreSQL's driver cannot encode a lone surrogate in UTF-8 and stores "?" in its place, so only the control
    // characters are left for the feeds to strip; XmlDocumentTest strips lone surrogates without a database between.
    private static final String LEGAL_HEADLINE = "<script>alert(1)</script> ]]> Fish & \"chips\" at ?last";
    private static final String LEGAL_STANDFIRST = "Tom's <b>bold</b> ]]> & \"quoted\" ?claim <!-- not a comment -->";
    private static final String LEGAL_AUTHOR = "O'Brien & <i>\"Sons\"</i>";
    private static final String LEGAL_SECTION = "Letters & <Opinion> \"]]>\"";

    private static final String SLUG = "distribution-hostile-headline";
    private static final String SECTION_SLUG = "distribution-hostile";

    @Autowired
    private Site site;

    @Autowired
    private Articles articles;

    @Autowired
    private ArticleDesk desk;

    private final SiteClient client = new SiteClient();

    @BeforeEach
    void publishHostileArticleOnce() {
        if (articles.published(SLUG).isPresent()) {
            return;
        }
        Section section = desk.createSection(SECTION_SLUG, SECTION, "Where readers write back.");
        Author author = desk.createAuthor("distribution-hostile-author", AUTHOR, "Reader", "");
        // A day old: inside the news sitemap's window, but below the demo articles that lead the fronts.
        desk.publish(new NewArticle(SLUG, HEADLINE, STANDFIRST, "Body.", section.id(), List.of(author.id()),
                List.of(), null, Set.of("uk"), Instant.now().minus(Duration.ofHours(30)), null));
    }

    @Test
    void editionAndSectionFeedsEscapeTheArticle() {
        for (String feedPath : List.of("/uk/feed", "/uk/" + SECTION_SLUG + "/feed")) {
            HttpResponse<byte[]> response = client.get(site.absolute(feedPath));
            assertThat(response.statusCode()).as(feedPath).isEqualTo(200);
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("<script>", "<b>", "<i>");

            Element feed = SiteClient.parse(response.body()).getDocumentElement();
            Element entry = children(feed, ATOM, "entry").stream()
                    .filter(candidate -> text(candidate, ATOM, "id").equals(site.absolute("/articles/" + SLUG)))
                    .findFirst().orElseThrow();
            assertThat(text(entry, ATOM, "title")).isEqualTo(LEGAL_HEADLINE);
            assertThat(text(entry, ATOM, "summary")).isEqualTo(LEGAL_STANDFIRST);
            assertThat(text(child(entry, ATOM, "author"), ATOM, "name")).isEqualTo(LEGAL_AUTHOR);
            assertThat(child(entry, ATOM, "category").getAttribute("term")).isEqualTo(LEGAL_SECTION);
        }
        Element sectionFeed = client.xml(site.absolute("/uk/" + SECTION_SLUG + "/feed"), "application/atom+xml;charset=UTF-8")
                .getDocumentElement();
        assertThat(text(sectionFeed, ATOM, "title")).contains(LEGAL_SECTION);
    }

    @Test
    void newsSitemapEscapesTheHeadline() {
        HttpResponse<byte[]> response = client.get(site.absolute("/sitemaps/news.xml"));
        assertThat(response.statusCode()).isEqualTo(200);

        Element urlset = SiteClient.parse(response.body()).getDocumentElement();
        Element url = children(urlset, SITEMAP, "url").stream()
                .filter(candidate -> text(candidate, SITEMAP, "loc").equals(site.absolute("/articles/" + SLUG)))
                .findFirst().orElseThrow();
        assertThat(text(child(url, NEWS, "news"), NEWS, "title")).isEqualTo(LEGAL_HEADLINE);
    }

    @Test
    void otherSitemapsStillParseAndListTheArticleItsSectionAndAuthor() {
        String xml = "application/xml;charset=UTF-8";
        List<String> articleUrls = locations(client.xml(site.absolute("/sitemaps/articles-1.xml"), xml));
        List<String> fronts = locations(client.xml(site.absolute("/sitemaps/sections.xml"), xml));
        List<String> authors = locations(client.xml(site.absolute("/sitemaps/authors.xml"), xml));

        assertThat(articleUrls).contains(site.absolute("/articles/" + SLUG));
        assertThat(fronts).contains(site.absolute("/uk/" + SECTION_SLUG));
        assertThat(authors).contains(site.absolute("/authors/distribution-hostile-author"));
    }
}
