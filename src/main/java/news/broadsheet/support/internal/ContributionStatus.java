package news.broadsheet.support.internal;

/**
 * Where a contribution stands. Provider events may arrive late, twice or out of order, so a status only
 * ever moves forward: a refund or cancellation is final, and a payment failure can still be followed by a
 * payment that succeeds (a delayed bank transfer).
 */
public enum ContributionStatus {
    PENDING, PAID, FAILED, REFUNDED, CANCELLED;

    public String code() {
        return name().toLowerCase();
    }

    static ContributionStatus of(String code) {
        return valueOf(code.toUpperCase());
    }

    boolean canBecome(ContributionStatus next) {
        return switch (this) {
            case PENDING -> next != PENDING;
            case FAILED -> next == PAID;
            case PAID -> next == REFUNDED || next == CANCELLED;
            case REFUNDED, CANCELLED -> false;
        };
    }
}
