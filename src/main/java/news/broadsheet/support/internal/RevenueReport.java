package news.broadsheet.support.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reader-revenue figures for the newsroom, per edition (editions take different currencies, so amounts are
 * never added across them). Money counts payments received and not refunded, by the UTC day or ISO week
 * they were received; days with no payments are shown as zero.
 */
@Component
public class RevenueReport {

    private final JdbcClient jdbc;

    RevenueReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    enum Step {
        DAY, WEEK;

        LocalDate start(LocalDate day) {
            return this == DAY ? day : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }

        LocalDate next(LocalDate start) {
            return this == DAY ? start.plusDays(1) : start.plusWeeks(1);
        }
    }

    /** One bar: payments received in the period starting {@code start}. */
    public record Bucket(LocalDate start, long payments, long amount) {
    }

    /** Everything the revenue page shows about one edition over the chosen span. */
    public record EditionFigures(String editionCode, String currency, List<Bucket> buckets, long total, long payments,
                          long average, long recurringSupporters, long appealViews, long appealContributions) {

        /** Contributions started from the appeal per hundred appeal views. */
        public double conversionPercent() {
            return appealViews == 0 ? 0 : 100.0 * appealContributions / appealViews;
        }

        public long largestBucket() {
            return buckets.stream().mapToLong(Bucket::amount).max().orElse(0);
        }
    }

    EditionFigures figures(String editionCode, String currency, Step step, int periods) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate first = step.start(today);
        for (int i = 1; i < periods; i++) {
            first = step == Step.DAY ? first.minusDays(1) : first.minusWeeks(1);
        }
        LocalDate from = first;
        Map<LocalDate, Bucket> byStart = new LinkedHashMap<>();
        for (LocalDate start = from; !start.isAfter(today); start = step.next(start)) {
            byStart.put(start, new Bucket(start, 0, 0));
        }
        String unit = step == Step.DAY ? "day" : "week";
        jdbc.sql("""
                        select date_trunc('%s', p.paid_at at time zone 'UTC')::date as start,
                               count(*) as payments, sum(p.amount) as amount
                        from support_payment p join contribution c on c.id = p.contribution_id
                        where c.edition_code = :edition and p.currency = :currency and p.refunded_at is null
                          and p.paid_at >= :from
                        group by 1""".formatted(unit))
                .param("edition", editionCode).param("currency", currency)
                .param("from", from.atStartOfDay(ZoneOffset.UTC).toOffsetDateTime())
                .query((rs, row) -> new Bucket(rs.getObject("start", LocalDate.class), rs.getLong("payments"),
                        rs.getLong("amount")))
                .list()
                .forEach(bucket -> byStart.put(bucket.start(), bucket));
        List<Bucket> buckets = new ArrayList<>(byStart.values());
        long total = buckets.stream().mapToLong(Bucket::amount).sum();
        long payments = buckets.stream().mapToLong(Bucket::payments).sum();
        long recurring = jdbc.sql("""
                        select count(*) from contribution
                        where edition_code = :edition and frequency = 'monthly' and status = 'paid'""")
                .param("edition", editionCode).query(Long.class).single();
        long views = jdbc.sql("select coalesce(sum(views), 0) from appeal_view where edition_code = :edition and day >= :from")
                .param("edition", editionCode).param("from", from).query(Long.class).single();
        long fromAppeal = jdbc.sql("""
                        select count(*) from contribution
                        where edition_code = :edition and from_appeal and paid_at is not null and created_at >= :from""")
                .param("edition", editionCode).param("from", from.atStartOfDay(ZoneOffset.UTC).toOffsetDateTime())
                .query(Long.class).single();
        return new EditionFigures(editionCode, currency, buckets, total, payments, payments == 0 ? 0 : total / payments,
                recurring, views, fromAppeal);
    }

    /** One contribution as the CSV export lists it. */
    record Row(String createdAt, String edition, String frequency, long amount, String currency, String status,
               boolean fromAppeal, String message) {
    }

    List<Row> contributions(int days) {
        return jdbc.sql("""
                        select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as created,
                               edition_code, frequency, amount, currency, status, from_appeal, message
                        from contribution where status <> 'pending' and created_at >= now() - make_interval(days => :days)
                        order by created_at""")
                .param("days", days)
                .query((rs, row) -> new Row(rs.getString("created"), rs.getString("edition_code"),
                        rs.getString("frequency"), rs.getLong("amount"), rs.getString("currency"),
                        rs.getString("status"), rs.getBoolean("from_appeal"), rs.getString("message")))
                .list();
    }
}
