package news.broadsheet.alert.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import news.broadsheet.alert.internal.push.PushClient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The alerts the newsroom has sent or scheduled, with their delivery figures. */
@Repository
class Alerts {

    private static final String COLUMNS = """
            id, title, body, url, image_url, edition_code, topics, urgency, ttl_seconds, status, queued, sent,
            failed, pruned, clicks, created_by, created_at, scheduled_for, started_at, finished_at, automatic_for_article""";

    private final JdbcClient jdbc;

    Alerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(NewAlert alert) {
        return insert(alert, null).orElseThrow();
    }

    /**
     * Stores the automatic alert for the article in the alert's edition, unless there already is one: the
     * database's unique key decides, so two nodes, or one article published twice, store one between them.
     */
    Optional<Long> createAutomatic(NewAlert alert, long articleId) {
        return insert(alert, articleId);
    }

    private Optional<Long> insert(NewAlert alert, Long automaticForArticle) {
        return jdbc.sql("""
                        insert into alert (title, body, url, image_url, edition_code, topics, created_by, scheduled_for,
                                           automatic_for_article)
                        values (:title, :body, :url, :image, :edition, :topics, :createdBy, :scheduledFor,
                                cast(:article as bigint))
                        on conflict (automatic_for_article, edition_code) do nothing
                        returning id""")
                .param("title", alert.title())
                .param("body", alert.body())
                .param("url", alert.url())
                .param("image", alert.imageUrl())
                .param("edition", alert.edition())
                .param("topics", alert.topics().toArray(String[]::new))
                .param("createdBy", alert.createdBy())
                .param("scheduledFor", Timestamp.from(alert.scheduledFor()))
                .param("article", automaticForArticle)
                .query(Long.class).optional();
    }

    Optional<Alert> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from alert where id = :id").param("id", id).query(Alerts::alert).optional();
    }

    List<Alert> latest(int limit) {
        return jdbc.sql("select " + COLUMNS + " from alert order by created_at desc, id desc limit :limit")
                .param("limit", limit).query(Alerts::alert).list();
    }

    /** Counts one reader opening the alert; says whether there is such an alert. */
    boolean clicked(long id) {
        return jdbc.sql("update alert set clicks = clicks + 1 where id = :id").param("id", id).update() > 0;
    }

    /** Calls off an alert that has not started going out; says whether it was still waiting. */
    boolean cancel(long id) {
        return jdbc.sql("update alert set status = 'cancelled', finished_at = now() where id = :id and status = 'queued'")
                .param("id", id).update() > 0;
    }

    private static Alert alert(ResultSet rs, int row) throws SQLException {
        return new Alert(rs.getLong("id"), rs.getString("title"), rs.getString("body"), rs.getString("url"),
                rs.getString("image_url"), rs.getString("edition_code"),
                List.of((String[]) rs.getArray("topics").getArray()),
                PushClient.Urgency.valueOf(rs.getString("urgency").toUpperCase(Locale.ROOT).replace('-', '_')),
                Duration.ofSeconds(rs.getInt("ttl_seconds")), AlertStatus.fromColumn(rs.getString("status")),
                rs.getInt("queued"), rs.getInt("sent"), rs.getInt("failed"), rs.getInt("pruned"), rs.getLong("clicks"),
                rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "scheduled_for"),
                instant(rs, "started_at"), instant(rs, "finished_at"), rs.getObject("automatic_for_article") != null);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
