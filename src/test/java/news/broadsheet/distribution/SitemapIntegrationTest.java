package news.broadsheet.distribution;

import static news.broadsheet.distribution.SiteClient.NEWS;
import static news.broadsheet.distribution.SiteClient.SITEMAP;
import static news.broadsheet.distribution.SiteClient.child;
import static news.broadsheet.distribution.SiteClient.children;
import static news.broadsheet.distribution.SiteClient.locations;
import static news.broadsheet.distribution.SiteClient.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.broadsheet.IntegrationTest;
import news.broadsheet.article.Article;
import news.broadsheet.article.Articles;
import news.broadsheet.site.Site;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

@IntegrationTest
class SitemapIntegrationTest {

    private static final String XML_TYPE = "application/xml;charset=UTF-8";

    @Autowired
    private Site site;

    @Autowired
    private Articles articles;

    private final SiteClient client = new SiteClient();

    @Test
    void everySitemapInTheIndexAndEveryPageInThemIsReachable() {
        Document index = client.xml(site.absolute("/sitemap.xml"), XML_TYPE);
        assertThat(index.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP);
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        List<String> sitemaps = locations(index);
        assertThat(sitemaps).contains(
                site.absolute("/sitemaps/articles-1.xml"),
                site.absolute("/sitemaps/sections.xml"),
                site.absolute("/sitemaps/authors.xml"),
                site.absolute("/sitemaps/news.xml"));

        for (String sitemap : sitemaps) {
            Document urlset = client.xml(sitemap, XML_TYPE);
            assertThat(urlset.getDocumentElement().getLocalName()).as(sitemap).isEqualTo("urlset");
            for (String page : locations(urlset)) {
                assertThat(page).startsWith(site.publicUrl() + "/");
                assertThat(client.get(page).statusCode()).as(page).isEqualTo(200);
            }
        }
    }

    @Test
    void articleSitemapListsEveryPublishedArticleWithItsLastChange() {
        Element urlset = client.xml(site.absolute("/sitemaps/articles-1.xml"), XML_TYPE).getDocumentElement();

        Map<String, Element> byLocation = children(urlset, SITEMAP, "url").stream()
                .collect(Collectors.toMap(url -> text(url, SITEMAP, "loc"), Function.identity()));
        assertThat(byLocation).hasSizeGreaterThanOrEqualTo(14);
        Article updated = articles.published("marsh-volkov-sochi-talks-varossa").orElseThrow();
        Element entry = byLocation.get(site.absolute(updated.path()));
        assertThat(entry).isNotNull();
        assertThat(OffsetDateTime.parse(text(entry, SITEMAP, "lastmod")).toInstant())
                .isEqualTo(updated.modifiedAt().truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void frontsSitemapListsEveryEditionFrontAndSectionFront() {
        List<String> fronts = locations(client.xml(site.absolute("/sitemaps/sections.xml"), XML_TYPE));

        assertThat(fronts).contains(site.absolute("/uk"), site.absolute("/us"),
                site.absolute("/uk/world"), site.absolute("/uk/politics"), site.absolute("/uk/climate"),
                site.absolute("/us/world"), site.absolute("/us/politics"), site.absolute("/us/climate"));
    }

    @Test
    void authorsSitemapListsAuthorPages() {
        List<String> authors = locations(client.xml(site.absolute("/sitemaps/authors.xml"), XML_TYPE));

        assertThat(authors).contains(site.absolute("/authors/mara-ellison"), site.absolute("/authors/tom-okafor"));
    }

    @Test
    void newsSitemapListsArticlesOfTheLastTwoDaysOnly() {
        Element urlset = client.xml(site.absolute("/sitemaps/news.xml"), XML_TYPE).getDocumentElement();
        Map<String, Element> byLocation = children(urlset, SITEMAP, "url").stream()
                .collect(Collectors.toMap(url -> text(url, SITEMAP, "loc"), Function.identity()));

        assertThat(byLocation).containsKeys(
                articleUrl("marsh-volkov-sochi-talks-varossa"),
                articleUrl("foreign-ministers-set-date-for-varossa-peace-conference-in-geneva"),
                articleUrl("marsh-faces-commons-questions-over-sochi-visit"),
                articleUrl("white-house-prepares-for-marsh-visit-as-varossa-talks-stall"));
        assertThat(byLocation).doesNotContainKeys(
                articleUrl("new-york-flood-defences-lower-manhattan-funding"),
                articleUrl("novorossiysk-grain-exports-slow-as-varossa-war-reaches-black-sea"),
                articleUrl("baltic-storms-erode-kaliningrad-dunes"));

        Article article = articles.published("marsh-faces-commons-questions-over-sochi-visit").orElseThrow();
        Element news = child(byLocation.get(site.absolute(article.path())), NEWS, "news");
        Element publication = child(news, NEWS, "publication");
        assertThat(text(publication, NEWS, "name")).isEqualTo(site.name());
        assertThat(text(publication, NEWS, "language")).isEqualTo("en");
        assertThat(OffsetDateTime.parse(text(news, NEWS, "publication_date")).toInstant())
                .isEqualTo(article.publishedAt().truncatedTo(ChronoUnit.SECONDS));
        assertThat(text(news, NEWS, "title")).isEqualTo(article.headline());
        assertThat(byLocation.values()).allSatisfy(url -> assertThat(
                OffsetDateTime.parse(text(child(url, NEWS, "news"), NEWS, "publication_date")).toInstant())
                .isAfter(Instant.now().minus(48, ChronoUnit.HOURS)));
    }

    @Test
    void articleSitemapPastTheLastPageDoesNotExist() {
        assertThat(client.get(site.absolute("/sitemaps/articles-2.xml")).statusCode()).isEqualTo(404);
        assertThat(client.get(site.absolute("/sitemaps/articles-0.xml")).statusCode()).isEqualTo(404);
    }

    @Test
    void robotsTxtKeepsCrawlersOutOfActuatorAndNamesTheSitemap() {
        HttpResponse<byte[]> robots = client.get(site.absolute("/robots.txt"));

        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
        assertThat(new String(robots.body(), StandardCharsets.UTF_8).lines())
                .contains("User-agent: *", "Disallow: /actuator/", "Sitemap: " + site.absolute("/sitemap.xml"));
    }

    private String articleUrl(String slug) {
        return site.absolute("/articles/" + slug);
    }
}
