package news.broadsheet.distribution;

import static news.broadsheet.distribution.SiteClient.ATOM;
import static news.broadsheet.distribution.SiteClient.child;
import static news.broadsheet.distribution.SiteClient.children;
import static news.broadsheet.distribution.SiteClient.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import news.broadsheet.IntegrationTest;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleDesk;
import news.broadsheet.article.Articles;
import news.broadsheet.article.Author;
import news.broadsheet.article.NewArticle;
import news.broadsheet.article.Section;
import news.broadsheet.site.Site;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Element;

@IntegrationTest
class FeedIntegrationTest {

    private static final String ATOM_TYPE = "application/atom+xml;charset=UTF-8";
    private static final String SOCHI_TALKS = "marsh-volkov-sochi-talks-varossa";
    private static final String COMMONS_QUESTIONS = "marsh-faces-commons-questions-over-sochi-visit";
    private static final String NORFOLK_WIND_FARM = "norfolk-offshore-wind-farm-wins-approval";
    private static final String NEW_YORK_FLOOD_DEFENCES = "new-york-flood-defences-lower-manhattan-funding";
    private static final String SENATE_SANCTIONS = "senate-committee-presses-for-tougher-sanctions-on-moscow";

    @Autowired
    private Site site;

    @Autowired
    private Articles articles;

    @Autowired
    private ArticleDesk desk;

    private final SiteClient client = new SiteClient();

    @Test
    void editionFeedIsAtomDescribingTheFront() {
        Element feed = client.xml(site.absolute("/uk/feed"), ATOM_TYPE).getDocumentElement();

        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(text(feed, ATOM, "id")).isEqualTo(site.absolute("/uk/feed"));
        assertThat(text(feed, ATOM, "title")).contains(site.name()).contains("UK edition");
        assertThat(text(feed, ATOM, "subtitle")).isNotBlank();
        assertThat(link(feed, "self")).isEqualTo(site.absolute("/uk/feed"));
        assertThat(link(feed, "alternate")).isEqualTo(site.absolute("/uk"));
        assertThat(text(feed, ATOM, "generator")).isEqualTo("Broadsheet");
        Instant newestEntry = children(feed, ATOM, "entry").stream()
                .map(entry -> Instant.parse(text(entry, ATOM, "updated")))
                .max(Comparator.naturalOrder()).orElseThrow();
        assertThat(Instant.parse(text(feed, ATOM, "updated"))).isEqualTo(newestEntry);
    }

    @Test
    void editionFeedListsTheLatestArticlesOfThatEditionOnly() {
        Element feed = client.xml(site.absolute("/uk/feed"), ATOM_TYPE).getDocumentElement();

        List<String> slugs = entrySlugs(feed);
        assertThat(slugs).contains(SOCHI_TALKS, COMMONS_QUESTIONS)
                .doesNotContain(NEW_YORK_FLOOD_DEFENCES, SENATE_SANCTIONS)
                .doesNotHaveDuplicates()
                .hasSizeLessThanOrEqualTo(30);
        assertThat(slugs).allSatisfy(slug -> assertThat(published(slug).editions()).contains("uk"));
        assertThat(publishedTimes(feed)).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void entryCarriesTheArticlesLinkTimesBylineSectionAndStandfirst() {
        Element feed = client.xml(site.absolute("/us/feed"), ATOM_TYPE).getDocumentElement();
        Article article = published(SOCHI_TALKS);

        Element entry = entry(feed, SOCHI_TALKS);
        String url = site.absolute(article.path());
        assertThat(text(entry, ATOM, "id")).isEqualTo(url);
        assertThat(link(entry, "alternate")).isEqualTo(url);
        assertThat(text(entry, ATOM, "title")).isEqualTo(article.headline());
        assertThat(text(entry, ATOM, "summary")).isEqualTo(article.standfirst());
        assertThat(Instant.parse(text(entry, ATOM, "published"))).isEqualTo(article.publishedAt().truncatedTo(ChronoUnit.SECONDS));
        assertThat(Instant.parse(text(entry, ATOM, "updated"))).isEqualTo(article.modifiedAt().truncatedTo(ChronoUnit.SECONDS))
                .isAfter(Instant.parse(text(entry, ATOM, "published")));
        assertThat(children(entry, ATOM, "author")).extracting(author -> text(author, ATOM, "name"))
                .containsExactlyElementsOf(article.authors().stream().map(Author::name).toList());
        assertThat(children(entry, ATOM, "author")).extracting(author -> text(author, ATOM, "uri"))
                .containsExactly(site.absolute("/authors/mara-ellison"), site.absolute("/authors/tom-okafor"));
        assertThat(child(entry, ATOM, "category").getAttribute("term")).isEqualTo("World");
    }

    @Test
    void sectionFeedListsOnlyThatSectionInThatEdition() {
        Element feed = client.xml(site.absolute("/uk/climate/feed"), ATOM_TYPE).getDocumentElement();

        assertThat(text(feed, ATOM, "title")).contains(site.name()).contains("Climate").contains("UK edition");
        assertThat(link(feed, "self")).isEqualTo(site.absolute("/uk/climate/feed"));
        assertThat(link(feed, "alternate")).isEqualTo(site.absolute("/uk/climate"));
        List<String> slugs = entrySlugs(feed);
        assertThat(slugs).contains(NORFOLK_WIND_FARM).doesNotContain(NEW_YORK_FLOOD_DEFENCES, SOCHI_TALKS);
        assertThat(slugs).allSatisfy(slug -> {
            Article article = published(slug);
            assertThat(article.section().slug()).isEqualTo("climate");
            assertThat(article.editions()).contains("uk");
        });
        assertThat(children(feed, ATOM, "entry")).allSatisfy(entry ->
                assertThat(child(entry, ATOM, "category").getAttribute("term")).isEqualTo("Climate"));
    }

    @Test
    void feedHoldsTheThirtyLatestArticles() {
        Section section = desk.createSection("distribution-feed-limit", "Feed limit", "More articles than a feed holds.");
        long author = articles.author("tom-okafor").orElseThrow().id();
        // Years old, so they never push demo articles off the fronts other tests look at.
        Instant first = Instant.parse("2001-01-01T09:00:00Z");
        List<String> newestFirst = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            String slug = "distribution-feed-limit-" + i;
            desk.publish(new NewArticle(slug, "Feed limit story " + i, "", "Body.", section.id(), List.of(author),
                    List.of(), null, Set.of("uk"), first.plus(i, ChronoUnit.DAYS), null));
            newestFirst.addFirst(slug);
        }

        Element feed = client.xml(site.absolute("/uk/distribution-feed-limit/feed"), ATOM_TYPE).getDocumentElement();

        assertThat(entrySlugs(feed)).containsExactlyElementsOf(newestFirst.subList(0, 30));
        assertThat(children(children(feed, ATOM, "entry").getFirst(), ATOM, "summary")).as("blank standfirst").isEmpty();
    }

    @Test
    void frontsAdvertiseFeedsThatExist() {
        assertThat(advertisedFeeds("/uk")).contains(site.absolute("/uk/feed"));
        assertThat(advertisedFeeds("/us/world")).contains(site.absolute("/us/world/feed"), site.absolute("/us/feed"));
        for (String feed : List.of(site.absolute("/uk/feed"), site.absolute("/us/world/feed"))) {
            assertThat(client.get(feed).statusCode()).as(feed).isEqualTo(200);
        }
    }

    @Test
    void unknownEditionOrSectionHasNoFeed() {
        assertThat(client.get(site.absolute("/zz/feed")).statusCode()).isEqualTo(404);
        assertThat(client.get(site.absolute("/uk/no-such-section/feed")).statusCode()).isEqualTo(404);
    }

    @Test
    void unchangedFeedAnswersConditionalRequestWithNotModified() {
        HttpResponse<byte[]> first = client.get(site.absolute("/uk/feed"));
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> again = client.get(site.absolute("/uk/feed"), "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    private List<String> advertisedFeeds(String path) {
        HttpResponse<byte[]> front = client.get(site.absolute(path));
        assertThat(front.statusCode()).isEqualTo(200);
        return Jsoup.parse(new String(front.body(), StandardCharsets.UTF_8))
                .select("link[rel=alternate][type=application/atom+xml]").eachAttr("href");
    }

    private Article published(String slug) {
        return articles.published(slug).orElseThrow();
    }

    private List<String> entrySlugs(Element feed) {
        String prefix = site.absolute("/articles/");
        List<String> ids = children(feed, ATOM, "entry").stream().map(entry -> text(entry, ATOM, "id")).toList();
        assertThat(ids).allSatisfy(id -> assertThat(id).startsWith(prefix));
        return ids.stream().map(id -> id.substring(prefix.length())).toList();
    }

    private Element entry(Element feed, String slug) {
        return children(feed, ATOM, "entry").stream()
                .filter(entry -> text(entry, ATOM, "id").equals(site.absolute("/articles/" + slug)))
                .findFirst().orElseThrow();
    }

    private static List<Instant> publishedTimes(Element feed) {
        return children(feed, ATOM, "entry").stream().map(entry -> Instant.parse(text(entry, ATOM, "published"))).toList();
    }

    private static String link(Element parent, String rel) {
        return children(parent, ATOM, "link").stream()
                .filter(link -> link.getAttribute("rel").equals(rel))
                .map(link -> link.getAttribute("href"))
                .findFirst().orElseThrow();
    }
}
