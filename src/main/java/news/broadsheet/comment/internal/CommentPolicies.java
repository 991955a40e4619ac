package news.broadsheet.comment.internal;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Editors' choices of which articles and sections take comments. An article's own choice wins over its
 * section's; with neither, comments are open.
 */
@Component
class CommentPolicies {

    private final JdbcClient jdbc;

    CommentPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CommentMode modeOf(long articleId, long sectionId) {
        return articleChoice(articleId).or(() -> sectionChoice(sectionId)).orElse(CommentMode.OPEN);
    }

    Optional<CommentMode> articleChoice(long articleId) {
        return choice("article", articleId);
    }

    Optional<CommentMode> sectionChoice(long sectionId) {
        return choice("section", sectionId);
    }

    Map<Long, CommentMode> sectionChoices() {
        Map<Long, CommentMode> choices = new TreeMap<>();
        jdbc.sql("select scope_id, mode from comment_policy where scope = 'section'")
                .query((java.sql.ResultSet rs) -> {
                    choices.put(rs.getLong("scope_id"), CommentMode.of(rs.getString("mode")).orElseThrow());
                });
        return choices;
    }

    private Optional<CommentMode> choice(String scope, long id) {
        return jdbc.sql("select mode from comment_policy where scope = :scope and scope_id = :id")
                .param("scope", scope).param("id", id)
                .query(String.class).optional().flatMap(CommentMode::of);
    }

    /** An empty mode forgets the choice, so the article follows its section again. */
    void choose(String scope, long id, Optional<CommentMode> mode) {
        if (mode.isEmpty()) {
            jdbc.sql("delete from comment_policy where scope = :scope and scope_id = :id")
                    .param("scope", scope).param("id", id).update();
            return;
        }
        jdbc.sql("""
                        insert into comment_policy (scope, scope_id, mode) values (:scope, :id, :mode)
                        on conflict (scope, scope_id) do update set mode = excluded.mode""")
                .param("scope", scope).param("id", id).param("mode", mode.get().column()).update();
    }
}
