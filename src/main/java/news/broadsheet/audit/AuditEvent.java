package news.broadsheet.audit;

import java.time.Instant;

/** One recorded action. {@code actor} is a staff member's name and e-mail, or "scheduler". */
public record AuditEvent(long id, Instant occurredAt, String actor, String action, String subjectType,
                         String subjectId, String detail) {
}
