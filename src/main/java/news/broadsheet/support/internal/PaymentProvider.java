package news.broadsheet.support.internal;

/**
 * The port to whoever takes the money. A provider sends the reader to its checkout and later reports what
 * happened as {@link PaymentEvent}s to {@link ContributionLedger#apply}; nothing is counted as paid before
 * such an event.
 */
interface PaymentProvider {

    /** How contributions taken by this provider are marked, e.g. {@code stripe}. */
    String name();

    /**
     * Starts a checkout for a pending contribution.
     *
     * @param returnUrl where the reader lands after paying (the thank-you page)
     * @param cancelUrl where the reader lands when they leave the checkout
     * @throws PaymentProviderUnavailable when the provider refused or could not be reached
     */
    Checkout startCheckout(Contribution contribution, String description, String returnUrl, String cancelUrl);

    /** Stops a monthly contribution's future payments. */
    void cancelRecurring(Contribution contribution);

    /** The provider's checkout for one contribution, and where to send the reader to pay. */
    record Checkout(String checkoutId, String redirectUrl) {
    }
}
