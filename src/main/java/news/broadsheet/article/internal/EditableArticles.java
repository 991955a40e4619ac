package news.broadsheet.article.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import news.broadsheet.article.ArticleDraft;
import news.broadsheet.article.ArticleStatus;
import news.broadsheet.article.DeskEntry;
import news.broadsheet.article.EditableArticle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads articles in any status as the newsroom sees them. */
@Component
class EditableArticles {

    private static final String ENTRY_COLUMNS = "select id, headline, slug, status, saved_at, published_at, scheduled_for from article ";

    private final JdbcClient jdbc;

    EditableArticles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<EditableArticle> find(long id) {
        return jdbc.sql("""
                        select id, status, version, created_by_staff, headline, standfirst, slug, body_markdown, section_id,
                               hero_image_id, saved_at, published_at, scheduled_for, scheduled_edition
                        from article where id = :id""")
                .param("id", id)
                .query((rs, n) -> new EditableArticle(rs.getLong("id"), ArticleStatus.fromColumn(rs.getString("status")),
                        rs.getInt("version"), rs.getObject("created_by_staff", Long.class),
                        new ArticleDraft(rs.getString("headline"), rs.getString("standfirst"), rs.getString("slug"),
                                rs.getString("body_markdown"), rs.getLong("section_id"), topicNamesOf(id), authorIdsOf(id),
                                rs.getObject("hero_image_id", Long.class), editionsOf(id)),
                        instant(rs.getTimestamp("saved_at")), instant(rs.getTimestamp("published_at")),
                        instant(rs.getTimestamp("scheduled_for")), rs.getString("scheduled_edition"),
                        Corrections.of(jdbc, id)))
                .optional();
    }

    List<DeskEntry> draftsOf(long staffId, int limit) {
        return entries(jdbc.sql(ENTRY_COLUMNS + "where status = 'draft' and created_by_staff = :staff order by saved_at desc limit :limit")
                .param("staff", staffId).param("limit", limit));
    }

    List<DeskEntry> withStatus(ArticleStatus status, int limit) {
        String order = switch (status) {
            case PUBLISHED -> "published_at desc";
            case SCHEDULED -> "scheduled_for";
            default -> "saved_at desc";
        };
        return entries(jdbc.sql(ENTRY_COLUMNS + "where status = :status order by " + order + ", id desc limit :limit")
                .param("status", status.column()).param("limit", limit));
    }

    private List<DeskEntry> entries(JdbcClient.StatementSpec statement) {
        return statement.query((rs, n) -> new DeskEntry(rs.getLong("id"), rs.getString("headline"), rs.getString("slug"),
                        ArticleStatus.fromColumn(rs.getString("status")), instant(rs.getTimestamp("saved_at")),
                        instant(rs.getTimestamp("published_at")), instant(rs.getTimestamp("scheduled_for"))))
                .list();
    }

    private String topicNamesOf(long id) {
        return String.join(", ", jdbc.sql("""
                        select t.name from article_topic x join topic t on t.id = x.topic_id
                        where x.article_id = :id order by t.name""")
                .param("id", id).query(String.class).list());
    }

    private List<Long> authorIdsOf(long id) {
        return jdbc.sql("select author_id from article_author where article_id = :id order by position")
                .param("id", id).query(Long.class).list();
    }

    private HashSet<String> editionsOf(long id) {
        return new HashSet<>(jdbc.sql("select edition_code from article_edition where article_id = :id")
                .param("id", id).query(String.class).list());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
