package news.broadsheet.article.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import news.broadsheet.article.Actor;
import news.broadsheet.article.ArticleDraft;
import news.broadsheet.article.Revision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every save of an article, whole, with who made it: the history that can be compared and restored. */
@Component
class RevisionStore {

    private static final String COLUMNS = """
            select id, article_id, article_version, kind, staff_name, saved_at, headline, standfirst, slug,
                   body_markdown, section_id, topic_names, author_ids, hero_image_id, editions
            from article_revision
            """;

    private final JdbcClient jdbc;

    RevisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Revision add(long articleId, Integer version, String kind, Actor by, ArticleDraft content) {
        long id = jdbc.sql("""
                        insert into article_revision (article_id, article_version, kind, staff_id, staff_name, headline,
                               standfirst, slug, body_markdown, section_id, topic_names, author_ids, hero_image_id, editions)
                        values (:article, :version, :kind, :staff, :name, :headline, :standfirst, :slug, :markdown,
                                :section, :topics, :authors, :hero, :editions)
                        returning id""")
                .param("article", articleId).param("version", version).param("kind", kind)
                .param("staff", by.staffId()).param("name", by.name())
                .param("headline", content.headline()).param("standfirst", content.standfirst())
                .param("slug", content.slug()).param("markdown", content.bodyMarkdown())
                .param("section", content.sectionId()).param("topics", content.topicNames())
                .param("authors", content.authorIds().toArray(Long[]::new)).param("hero", content.heroImageId())
                .param("editions", content.editions().stream().sorted().toArray(String[]::new))
                .query(Long.class).single();
        return find(articleId, id).orElseThrow();
    }

    List<Revision> list(long articleId) {
        return jdbc.sql(COLUMNS + "where article_id = :article order by id desc")
                .param("article", articleId).query((rs, n) -> revision(rs)).list();
    }

    Optional<Revision> find(long articleId, long id) {
        return jdbc.sql(COLUMNS + "where article_id = :article and id = :id")
                .param("article", articleId).param("id", id).query((rs, n) -> revision(rs)).optional();
    }

    Optional<Revision> savedBefore(long articleId, long id) {
        return jdbc.sql(COLUMNS + "where article_id = :article and id < :id and kind <> 'refused' order by id desc limit 1")
                .param("article", articleId).param("id", id).query((rs, n) -> revision(rs)).optional();
    }

    private static Revision revision(ResultSet rs) throws SQLException {
        Long[] authors = (Long[]) rs.getArray("author_ids").getArray();
        String[] editions = (String[]) rs.getArray("editions").getArray();
        ArticleDraft content = new ArticleDraft(rs.getString("headline"), rs.getString("standfirst"), rs.getString("slug"),
                rs.getString("body_markdown"), rs.getObject("section_id", Long.class), rs.getString("topic_names"),
                List.of(authors), rs.getObject("hero_image_id", Long.class), new HashSet<>(List.of(editions)));
        return new Revision(rs.getLong("id"), rs.getLong("article_id"), rs.getObject("article_version", Integer.class),
                rs.getString("kind"), rs.getString("staff_name"), rs.getTimestamp("saved_at").toInstant(), content);
    }
}
