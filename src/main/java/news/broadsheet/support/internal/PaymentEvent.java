package news.broadsheet.support.internal;

import java.util.UUID;

/**
 * What a payment provider told us happened, in the provider's own words ({@code type}) and ours
 * ({@code kind}). {@code reference} is the contribution's reference when the provider echoes it back; the
 * provider's ids find the contribution otherwise. {@code paymentId} names money received (a payment intent,
 * an invoice), and is what a payment is counted under, once.
 */
record PaymentEvent(String provider, String eventId, String type, Kind kind, UUID reference, String checkoutId,
                    String paymentId, String subscriptionId, long amount, String currency) {

    enum Kind {
        /** The checkout was paid: a one-off payment received, or a monthly subscription started. */
        CHECKOUT_PAID,
        CHECKOUT_FAILED,
        /** The reader left the checkout without paying, and it has expired. */
        CHECKOUT_EXPIRED,
        /** A month of a monthly contribution was paid (the first month too). */
        RECURRING_PAYMENT,
        REFUNDED,
        RECURRING_CANCELLED,
        /** An event this site does not act on; recorded so a replay costs nothing. */
        IGNORED
    }

    static PaymentEvent ignored(String provider, String eventId, String type) {
        return new PaymentEvent(provider, eventId, type, Kind.IGNORED, null, null, null, null, 0, null);
    }
}
