package news.broadsheet.edition.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.audit.AuditTrail;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionChangeRefused;
import news.broadsheet.edition.EditionDesk;
import news.broadsheet.edition.EditionSettings;
import news.broadsheet.platform.ClusterSignals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Changes rows of the {@code edition} table and has every node's {@link JdbcEditions} read them again. */
@Component
class JdbcEditionDesk implements EditionDesk {

    private final JdbcClient jdbc;
    private final JdbcEditions editions;
    private final AuditTrail audit;
    private final ClusterSignals signals;
    private final TransactionTemplate transactions;

    JdbcEditionDesk(JdbcClient jdbc, JdbcEditions editions, AuditTrail audit, ClusterSignals signals,
                    TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.editions = editions;
        this.audit = audit;
        this.signals = signals;
        this.transactions = transactions;
    }

    @Override
    public Optional<EditionSettings> settings(String code) {
        return jdbc.sql("""
                        select code, name, time_zone, date_pattern, appeal_heading, appeal_body, breaking_alerts
                        from edition where code = :code""")
                .param("code", code)
                .query((rs, n) -> new EditionSettings(rs.getString("code"), rs.getString("name"),
                        rs.getString("time_zone"), rs.getString("date_pattern"), rs.getString("appeal_heading"),
                        rs.getString("appeal_body"), rs.getBoolean("breaking_alerts")))
                .optional();
    }

    @Override
    public Map<String, String> problemsWith(EditionSettings settings) {
        return EditionRules.problemsWith(settings, current(settings).locale());
    }

    @Override
    public Edition preview(EditionSettings settings) {
        Edition current = current(settings);
        return JdbcEditions.edition(settings, current.locale(), current.currency());
    }

    @Override
    public void change(EditionSettings settings, String actor) {
        Map<String, String> problems = problemsWith(settings);
        if (!problems.isEmpty()) {
            throw new EditionChangeRefused(problems);
        }
        EditionSettings before = settings(settings.code()).orElseThrow();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                            update edition set name = :name, time_zone = :zone, date_pattern = :pattern,
                                               appeal_heading = :heading, appeal_body = :body,
                                               breaking_alerts = :breakingAlerts
                            where code = :code""")
                    .param("code", settings.code())
                    .param("name", settings.name())
                    .param("zone", settings.timeZone())
                    .param("pattern", settings.datePattern())
                    .param("heading", settings.appealHeading())
                    .param("body", settings.appealBody())
                    .param("breakingAlerts", settings.breakingAlerts())
                    .update();
            audit.record(actor, "changed edition", "edition", settings.code(), changedFields(before, settings));
            signals.signal(JdbcEditions.CHANGED, settings.code());
        });
        // The signal comes back to this node too, but only after a poll; the editor's next page must not wait.
        editions.reload();
    }

    /** Which settings changed, for the audit trail: "appeal heading, time zone". */
    private static String changedFields(EditionSettings before, EditionSettings after) {
        List<String> changed = new ArrayList<>();
        addIfChanged(changed, "name", before.name(), after.name());
        addIfChanged(changed, "time zone", before.timeZone(), after.timeZone());
        addIfChanged(changed, "date pattern", before.datePattern(), after.datePattern());
        addIfChanged(changed, "appeal heading", before.appealHeading(), after.appealHeading());
        addIfChanged(changed, "appeal", before.appealBody(), after.appealBody());
        if (before.breakingAlerts() != after.breakingAlerts()) {
            changed.add(after.breakingAlerts() ? "automatic breaking-news alerts on" : "automatic breaking-news alerts off");
        }
        return changed.isEmpty() ? "nothing changed" : String.join(", ", changed);
    }

    private static void addIfChanged(List<String> changed, String label, String before, String after) {
        if (!before.equals(after)) {
            changed.add(label);
        }
    }

    private Edition current(EditionSettings settings) {
        return editions.find(settings.code())
                .orElseThrow(() -> new IllegalArgumentException("No edition has the code " + settings.code()));
    }
}
