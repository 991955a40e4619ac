package news.broadsheet;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import news.broadsheet.article.ArticleDesk;
import news.broadsheet.article.Articles;
import news.broadsheet.article.NewArticle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stories that tests add beside the demo content: unique slugs, and dated years back so they never push a
 * demo story off the first page of a front that another test looks at.
 */
public final class TestStories {

    public static final Instant LONG_AGO = Instant.parse("2001-03-01T12:00:00Z");

    private final ArticleDesk desk;
    private final Articles articles;
    private final JdbcClient jdbc;

    public TestStories(ArticleDesk desk, Articles articles, JdbcClient jdbc) {
        this.desk = desk;
        this.articles = articles;
        this.jdbc = jdbc;
    }

    /** A made-up word of lower-case letters that no other story contains, to search for. */
    public static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    public static Instant longAgoPlus(Duration duration) {
        return LONG_AGO.plus(duration);
    }

    /** Publishes a story in World by Mara Ellison in the UK edition and returns its id. */
    public long publish(String slug, String headline, String standfirst, String body, Instant publishedAt) {
        return desk.publish(new NewArticle(slug, headline, standfirst, body, sectionId("world"),
                List.of(authorId("mara-ellison")), List.of(), null, Set.of("uk"), publishedAt, null));
    }

    /** Stores a draft in the UK edition straight into the table, as the newsroom would before publishing. */
    public long insertDraft(String slug, String headline, String body) {
        long id = jdbc.sql("""
                        insert into article (slug, headline, standfirst, body_markdown, section_id, status)
                        values (:slug, :headline, '', :body, :section, 'draft') returning id""")
                .param("slug", slug).param("headline", headline).param("body", body)
                .param("section", sectionId("world"))
                .query(Long.class).single();
        jdbc.sql("insert into article_edition (article_id, edition_code) values (:id, 'uk')").param("id", id).update();
        jdbc.sql("insert into article_author (article_id, author_id, position) values (:id, :author, 0)")
                .param("id", id).param("author", authorId("mara-ellison")).update();
        return id;
    }

    private long sectionId(String slug) {
        return articles.section(slug).orElseThrow().id();
    }

    private long authorId(String slug) {
        return articles.author(slug).orElseThrow().id();
    }
}
