package news.broadsheet.article.internal;

import java.util.List;
import news.broadsheet.article.Correction;
import news.broadsheet.article.CorrectionKind;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads an article's corrections, oldest first, for the public page and the newsroom alike. */
final class Corrections {

    private Corrections() {
    }

    static List<Correction> of(JdbcClient jdbc, long articleId) {
        return jdbc.sql("select id, kind, text, added_at from article_correction where article_id = :id order by added_at, id")
                .param("id", articleId)
                .query((rs, n) -> new Correction(rs.getLong("id"), CorrectionKind.fromColumn(rs.getString("kind")),
                        rs.getString("text"), rs.getTimestamp("added_at").toInstant()))
                .list();
    }
}
