package news.broadsheet.audit.internal;

import java.util.List;
import news.broadsheet.audit.AuditEvent;
import news.broadsheet.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcAuditTrail implements AuditTrail {

    private final JdbcClient jdbc;

    JdbcAuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(String actor, String action, String subjectType, String subjectId, String detail) {
        jdbc.sql("""
                        insert into audit_event (actor, action, subject_type, subject_id, detail)
                        values (:actor, :action, :type, :id, :detail)""")
                .param("actor", actor).param("action", action).param("type", subjectType)
                .param("id", subjectId).param("detail", detail == null ? "" : detail)
                .update();
    }

    @Override
    public List<AuditEvent> latest(int offset, int limit) {
        return jdbc.sql("""
                        select id, occurred_at, actor, action, subject_type, subject_id, detail
                        from audit_event order by occurred_at desc, id desc limit :limit offset :offset""")
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("subject_type"),
                        rs.getString("subject_id"), rs.getString("detail")))
                .list();
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
    }
}
