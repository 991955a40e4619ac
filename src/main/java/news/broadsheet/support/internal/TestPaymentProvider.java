package news.broadsheet.support.internal;

import java.util.UUID;

/**
 * A provider for the embedded default and demos: its checkout is a page of this site, marked TEST MODE,
 * where the reader chooses to pay or decline; the choice comes back as the same events a real provider
 * would send, through {@link ContributionLedger#apply}. No money moves.
 */
class TestPaymentProvider implements PaymentProvider {

    static final String NAME = "test";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Checkout startCheckout(Contribution contribution, String description, String returnUrl, String cancelUrl) {
        String checkoutId = "test_cs_" + UUID.randomUUID();
        return new Checkout(checkoutId, "/support/test-checkout/" + checkoutId);
    }

    @Override
    public void cancelRecurring(Contribution contribution) {
        // The test provider holds no subscription: stopping one is only the ledger's record that it stopped.
    }
}
