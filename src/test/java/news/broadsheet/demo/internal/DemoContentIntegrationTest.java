package news.broadsheet.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import news.broadsheet.IntegrationTest;
import news.broadsheet.article.Articles;
import news.broadsheet.article.ResultPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class DemoContentIntegrationTest {

    @Autowired
    Articles articles;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoContentLoader loader;

    @Test
    void theDemoPaperHasArticlesInEverySectionAndBothEditions() {
        assertThat(articles.countPublished()).isGreaterThanOrEqualTo(12);
        assertThat(articles.sections()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(articles.authors()).hasSizeGreaterThanOrEqualTo(2);
        for (var section : articles.sections().subList(0, 3)) {
            assertThat(articles.latestInSection("uk", section.id(), 1, 50).total()
                    + articles.latestInSection("us", section.id(), 1, 50).total()).as(section.slug()).isPositive();
        }
        ResultPage<?> us = articles.latestInEdition("us", 1, 50);
        ResultPage<?> uk = articles.latestInEdition("uk", 1, 50);
        assertThat(us.total()).isPositive();
        assertThat(uk.total()).isPositive();
    }

    @Test
    void everyDemoArticleHasAHeroPictureWithAltTextCaptionAndCredit() {
        var lead = articles.published("marsh-volkov-sochi-talks-varossa").orElseThrow();
        assertThat(lead.authors()).hasSize(2);
        assertThat(lead.bodyHtml()).contains("<blockquote>").contains("<h2>").contains("<a href=\"/articles/");
        var pictured = articles.allPublished(0, 1000).stream().filter(card -> card.hero() != null).toList();
        assertThat(pictured).hasSizeGreaterThanOrEqualTo(12).allSatisfy(card -> {
            assertThat(card.hero().altText()).isNotBlank();
            assertThat(card.hero().caption()).isNotBlank();
            assertThat(card.hero().credit()).isNotBlank();
            assertThat(card.hero().variantWidths()).hasSizeGreaterThan(1);
        });
    }

    @Test
    void startingAgainDoesNotLoadTheDemoTwice() {
        long before = jdbc.sql("select count(*) from article").query(Long.class).single();
        loader.afterSingletonsInstantiated();
        assertThat(jdbc.sql("select count(*) from article").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theDatabaseRefusesSlugsThatCouldEscapeAUrl() {
        long section = articles.sections().getFirst().id();
        assertThatThrownBy(() -> jdbc.sql("insert into article (slug, headline, section_id) values ('../etc', 'x', :s)")
                .param("s", section).update()).isInstanceOf(DataIntegrityViolationException.class);
    }
}
