package news.broadsheet.comment.internal;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Rules moderators turn on to hold some comments for a look before anyone sees them. */
@Component
class HoldRules {

    static final String LINKS = "links";
    static final String NEW_ACCOUNT = "new_account";

    private final JdbcClient jdbc;

    HoldRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean enabled(String rule) {
        return jdbc.sql("select enabled from comment_hold_rule where name = :name")
                .param("name", rule).query(Boolean.class).optional().orElse(false);
    }

    Map<String, Boolean> all() {
        Map<String, Boolean> rules = new TreeMap<>();
        jdbc.sql("select name, enabled from comment_hold_rule")
                .query((java.sql.ResultSet rs) -> {
                    rules.put(rs.getString("name"), rs.getBoolean("enabled"));
                });
        return rules;
    }

    void set(String rule, boolean enabled) {
        jdbc.sql("update comment_hold_rule set enabled = :enabled where name = :name")
                .param("enabled", enabled).param("name", rule).update();
    }
}
