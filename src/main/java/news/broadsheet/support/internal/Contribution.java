package news.broadsheet.support.internal;

import java.time.Instant;
import java.util.UUID;

/** One contribution as stored. {@code amount} is in minor units (pence, cents) of {@code currency}. */
public record Contribution(long id, UUID reference, String editionCode, Frequency frequency, long amount,
                           String currency, String message, String email, Long readerId, boolean fromAppeal,
                           ContributionStatus status, String provider, String checkoutId, String paymentId,
                           String subscriptionId, String claimToken, Instant createdAt, Instant paidAt) {

    public boolean isMonthly() {
        return frequency == Frequency.MONTHLY;
    }

    public boolean isCancellable() {
        return isMonthly() && status == ContributionStatus.PAID && subscriptionId != null;
    }
}
