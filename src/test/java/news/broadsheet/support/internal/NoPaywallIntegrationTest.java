package news.broadsheet.support.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import news.broadsheet.Http;
import news.broadsheet.IntegrationTest;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleCard;
import news.broadsheet.article.Articles;
import news.broadsheet.site.ContentChanged;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

/**
 * No paywall, ever: every published article reads in full to an anonymous reader without JavaScript, in
 * every edition, whatever paragraph the appeal stands after and whether the reader is shown the appeal, a
 * thank-you or nothing. (SupportBrowserTest checks the same with JavaScript running.)
 */
@IntegrationTest
class NoPaywallIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    Articles articles;
    @Autowired
    JdbcSupportSettings settings;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void everyPublishedArticleIsWholeForEveryoneWhateverTheAppealSettings() {
        List<ArticleCard> published = articles.allPublished(0, 1000);
        assertThat(published).hasSizeGreaterThan(5);
        List<SupportSettings> original = List.of(settings.of("uk"), settings.of("us"));
        try {
            for (int after : new int[]{0, 1, 2, 50}) {
                for (SupportSettings edition : original) {
                    settings.store(new SupportSettings(edition.editionCode(), edition.presets(), edition.minimum(),
                            edition.maximum(), after));
                }
                events.publishEvent(new ContentChanged("test"));
                for (String cookie : new String[]{null, "supported=1", "appeal_dismissed=1"}) {
                    for (String edition : new String[]{"uk", "us"}) {
                        for (ArticleCard card : published) {
                            assertWhole(card.slug(), edition, cookie, after);
                        }
                    }
                }
            }
        } finally {
            original.forEach(settings::store);
            events.publishEvent(new ContentChanged("test"));
        }
    }

    private void assertWhole(String slug, String edition, String cookie, int after) {
        Article article = articles.published(slug).orElseThrow();
        HttpResponse<String> response = new Http(port).get("/articles/" + slug,
                "Cookie", "edition=" + edition + (cookie == null ? "" : "; " + cookie));
        String described = slug + " in " + edition + " with " + cookie + ", appeal after " + after;
        assertThat(response.statusCode()).as(described).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        Element body = page.selectFirst(".article-body");
        assertThat(body).as(described).isNotNull();
        body.select("[data-support-appeal]").remove();
        Document expected = Jsoup.parseBodyFragment(article.bodyHtml());
        assertThat(body.text()).as(described).isEqualTo(expected.body().text());
        assertThat(page.select("[hidden] .article-body, .article-body[hidden], .article-body [hidden]"))
                .as(described).isEmpty();
        assertThat(page.selectFirst("h1.headline").text()).isEqualTo(article.headline());
    }
}
