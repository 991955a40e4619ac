package news.broadsheet.support.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Contributions and the payments that fund them. A contribution is written as pending before the reader
 * goes to pay, and changes only through provider events, each applied at most once: the event's id is
 * stored in the same transaction as its effect, so a delivery that arrives twice (or twice at once, on two
 * nodes) changes nothing the second time.
 */
@Component
class ContributionLedger {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = """
            id, reference, edition_code, frequency, amount, currency, message, email, reader_id, from_appeal, status,
            provider, checkout_id, payment_id, subscription_id, claim_token, created_at, paid_at""";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    ContributionLedger(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
    }

    /** What became of an event. */
    enum Outcome {
        APPLIED,
        /** Already handled once; nothing changed. */
        DUPLICATE,
        /** Recorded, but it changed nothing: the contribution had moved past it, or the event is not acted on. */
        IGNORED,
        /** No contribution of this provider matches yet; not recorded, so a later delivery is applied. */
        UNMATCHED
    }

    /** Writes a pending contribution; guests get a claim token so they can attach it to an account later. */
    Contribution open(ContributionRequest request, String provider) {
        String claimToken = request.readerId() == null ? HexFormat.of().formatHex(randomBytes()) : null;
        long id = jdbc.sql("""
                        insert into contribution (reference, edition_code, frequency, amount, currency, message, email,
                                                  reader_id, from_appeal, status, provider, claim_token)
                        values (:reference, :edition, :frequency, :amount, :currency, :message, :email, :reader,
                                :fromAppeal, 'pending', :provider, :claimToken)
                        returning id""")
                .param("reference", UUID.randomUUID())
                .param("edition", request.editionCode())
                .param("frequency", request.frequency().code())
                .param("amount", request.amount())
                .param("currency", request.currency())
                .param("message", request.message())
                .param("email", request.email())
                .param("reader", request.readerId())
                .param("fromAppeal", request.fromAppeal())
                .param("provider", provider)
                .param("claimToken", claimToken)
                .query(Long.class).single();
        return byId(id).orElseThrow();
    }

    void attachCheckout(long id, String checkoutId) {
        jdbc.sql("update contribution set checkout_id = :checkout, updated_at = now() where id = :id")
                .param("checkout", checkoutId).param("id", id).update();
    }

    /** The checkout could not be started, so the contribution will never be paid. */
    void markFailedToStart(long id) {
        jdbc.sql("update contribution set status = 'failed', updated_at = now() where id = :id and status = 'pending'")
                .param("id", id).update();
    }

    Optional<Contribution> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from contribution where id = :id").param("id", id)
                .query(ContributionLedger::contribution).optional();
    }

    Optional<Contribution> byReference(UUID reference) {
        return jdbc.sql("select " + COLUMNS + " from contribution where reference = :reference")
                .param("reference", reference)
                .query(ContributionLedger::contribution).optional();
    }

    Optional<Contribution> byCheckout(String provider, String checkoutId) {
        return jdbc.sql("select " + COLUMNS + " from contribution where checkout_id = :checkout and provider = :provider")
                .param("checkout", checkoutId).param("provider", provider)
                .query(ContributionLedger::contribution).optional();
    }

    Optional<Contribution> byClaimToken(String token) {
        return jdbc.sql("select " + COLUMNS + " from contribution where claim_token = :token")
                .param("token", token)
                .query(ContributionLedger::contribution).optional();
    }

    List<Contribution> ofReader(long readerId) {
        return jdbc.sql("select " + COLUMNS + " from contribution where reader_id = :reader and status <> 'pending'"
                        + " order by created_at desc limit 200")
                .param("reader", readerId)
                .query(ContributionLedger::contribution).list();
    }

    /** Whether the reader has a contribution paid since {@code since}, or a monthly one still running. */
    boolean contributedSince(long readerId, Instant since) {
        return jdbc.sql("""
                        select exists (select 1 from contribution where reader_id = :reader and status = 'paid'
                                       and (frequency = 'monthly' or paid_at >= :since))""")
                .param("reader", readerId).param("since", java.sql.Timestamp.from(since))
                .query(Boolean.class).single();
    }

    boolean hasPaid(long readerId) {
        return jdbc.sql("""
                        select exists (select 1 from contribution where reader_id = :reader
                                       and status in ('paid', 'cancelled') and paid_at is not null)""")
                .param("reader", readerId).query(Boolean.class).single();
    }

    /** Gives a guest's contribution to the reader who followed its claim link; a claimed link is spent. */
    boolean claim(String token, long readerId) {
        return jdbc.sql("""
                        update contribution set reader_id = :reader, claim_token = null, updated_at = now()
                        where claim_token = :token and reader_id is null""")
                .param("reader", readerId).param("token", token).update() == 1;
    }

    /** Marks a monthly contribution cancelled once the provider has stopped it; the later event is then a no-op. */
    void markCancelled(long id) {
        jdbc.sql("""
                        update contribution set status = 'cancelled', updated_at = now()
                        where id = :id and status = 'paid'""")
                .param("id", id).update();
    }

    /** Applies a provider event once, in one transaction with the record that it was handled. */
    Outcome apply(PaymentEvent event) {
        return transactions.execute(status -> applyInTransaction(event));
    }

    private Outcome applyInTransaction(PaymentEvent event) {
        Optional<Contribution> found = event.kind() == PaymentEvent.Kind.IGNORED ? Optional.empty() : find(event);
        // A refund can only follow a payment this site already matched; one it cannot match (a month of a
        // monthly contribution, refunded in the provider's dashboard) is recorded and left alone.
        if (found.isEmpty() && event.kind() != PaymentEvent.Kind.IGNORED && event.kind() != PaymentEvent.Kind.REFUNDED) {
            return Outcome.UNMATCHED;
        }
        int recorded = jdbc.sql("""
                        insert into support_event (provider, event_id, type) values (:provider, :id, :type)
                        on conflict do nothing""")
                .param("provider", event.provider()).param("id", event.eventId()).param("type", event.type())
                .update();
        if (recorded == 0) {
            return Outcome.DUPLICATE;
        }
        if (found.isEmpty()) {
            return Outcome.IGNORED;
        }
        Contribution contribution = lock(found.get().id());
        attachIds(contribution, event);
        return switch (event.kind()) {
            case CHECKOUT_PAID -> {
                boolean paid = moveTo(contribution, ContributionStatus.PAID);
                if (!contribution.isMonthly() && event.paymentId() != null) {
                    recordPayment(contribution, event);
                }
                yield paid ? Outcome.APPLIED : Outcome.IGNORED;
            }
            case RECURRING_PAYMENT -> {
                boolean paid = moveTo(contribution, ContributionStatus.PAID);
                boolean counted = event.paymentId() != null && recordPayment(contribution, event);
                yield paid || counted ? Outcome.APPLIED : Outcome.IGNORED;
            }
            case CHECKOUT_FAILED -> moveTo(contribution, ContributionStatus.FAILED) ? Outcome.APPLIED : Outcome.IGNORED;
            case CHECKOUT_EXPIRED -> contribution.status() == ContributionStatus.PENDING
                    && moveTo(contribution, ContributionStatus.CANCELLED) ? Outcome.APPLIED : Outcome.IGNORED;
            case REFUNDED -> {
                jdbc.sql("""
                                update support_payment set refunded_at = now()
                                where contribution_id = :id and refunded_at is null
                                  and (provider_payment_id = :payment or cast(:payment as text) is null)""")
                        .param("id", contribution.id()).param("payment", event.paymentId()).update();
                yield moveTo(contribution, ContributionStatus.REFUNDED) ? Outcome.APPLIED : Outcome.IGNORED;
            }
            case RECURRING_CANCELLED -> moveTo(contribution, ContributionStatus.CANCELLED)
                    ? Outcome.APPLIED : Outcome.IGNORED;
            case IGNORED -> Outcome.IGNORED;
        };
    }

    private Optional<Contribution> find(PaymentEvent event) {
        if (event.reference() != null) {
            Optional<Contribution> byReference = byReference(event.reference())
                    .filter(found -> found.provider().equals(event.provider()));
            if (byReference.isPresent()) {
                return byReference;
            }
        }
        for (String[] key : new String[][]{{"checkout_id", event.checkoutId()},
                {"subscription_id", event.subscriptionId()}, {"payment_id", event.paymentId()}}) {
            if (key[1] != null) {
                Optional<Contribution> found = jdbc.sql("select " + COLUMNS + " from contribution where "
                                + key[0] + " = :value and provider = :provider limit 1")
                        .param("value", key[1]).param("provider", event.provider())
                        .query(ContributionLedger::contribution).optional();
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private Contribution lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from contribution where id = :id for update").param("id", id)
                .query(ContributionLedger::contribution).single();
    }

    /** Keeps the provider's ids the first time they are seen; an id once stored is never replaced. */
    private void attachIds(Contribution contribution, PaymentEvent event) {
        jdbc.sql("""
                        update contribution set checkout_id = coalesce(checkout_id, :checkout),
                               subscription_id = coalesce(subscription_id, :subscription),
                               payment_id = coalesce(payment_id, :payment)
                        where id = :id""")
                .param("checkout", event.checkoutId())
                .param("subscription", event.subscriptionId())
                .param("payment", contribution.isMonthly() ? null : event.paymentId())
                .param("id", contribution.id())
                .update();
    }

    private boolean moveTo(Contribution contribution, ContributionStatus next) {
        if (!contribution.status().canBecome(next)) {
            return false;
        }
        jdbc.sql("""
                        update contribution set status = :status, updated_at = now(),
                               paid_at = case when :status = 'paid' then coalesce(paid_at, now()) else paid_at end
                        where id = :id""")
                .param("status", next.code()).param("id", contribution.id()).update();
        if (next == ContributionStatus.PAID) {
            events.publishEvent(new ContributionPaid(contribution.id()));
        }
        return true;
    }

    /** Counts money received once per provider payment; a payment of a refunded contribution is counted refunded. */
    private boolean recordPayment(Contribution contribution, PaymentEvent event) {
        return jdbc.sql("""
                        insert into support_payment (provider_payment_id, contribution_id, amount, currency, paid_at,
                                                     refunded_at)
                        select :payment, :id, :amount, :currency, now(),
                               case when c.status = 'refunded' then now() end
                        from contribution c where c.id = :id
                        on conflict do nothing""")
                .param("payment", event.paymentId())
                .param("id", contribution.id())
                .param("amount", event.amount() > 0 ? event.amount() : contribution.amount())
                .param("currency", event.currency() != null ? event.currency().toUpperCase() : contribution.currency())
                .update() == 1;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static Contribution contribution(ResultSet rs, int row) throws SQLException {
        long readerId = rs.getLong("reader_id");
        boolean noReader = rs.wasNull();
        java.sql.Timestamp paidAt = rs.getTimestamp("paid_at");
        return new Contribution(rs.getLong("id"), rs.getObject("reference", UUID.class), rs.getString("edition_code"),
                Frequency.of(rs.getString("frequency")).orElseThrow(), rs.getLong("amount"), rs.getString("currency"),
                rs.getString("message"), rs.getString("email"), noReader ? null : readerId,
                rs.getBoolean("from_appeal"), ContributionStatus.of(rs.getString("status")), rs.getString("provider"),
                rs.getString("checkout_id"), rs.getString("payment_id"), rs.getString("subscription_id"),
                rs.getString("claim_token"), rs.getTimestamp("created_at").toInstant(),
                paidAt == null ? null : paidAt.toInstant());
    }
}
