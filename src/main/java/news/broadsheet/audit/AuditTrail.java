package news.broadsheet.audit;

import java.util.List;

public interface AuditTrail {

    /** Records the action as part of the caller's transaction, so it is kept only if the action is. */
    void record(String actor, String action, String subjectType, String subjectId, String detail);

    /** The newest events first. */
    List<AuditEvent> latest(int offset, int limit);

    long count();
}
