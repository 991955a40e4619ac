package news.broadsheet.support.internal;

import news.broadsheet.site.Site;
import org.springframework.stereotype.Component;

/** Starting and stopping contributions through the configured payment provider. */
@Component
class Contributions {

    private final ContributionLedger ledger;
    private final PaymentProvider provider;
    private final Site site;

    Contributions(ContributionLedger ledger, PaymentProvider provider, Site site) {
        this.ledger = ledger;
        this.provider = provider;
        this.site = site;
    }

    /**
     * Writes the contribution as pending and starts the provider's checkout; the address is where to send
     * the reader. When the provider cannot start one, the contribution is marked failed and nothing is charged.
     */
    String start(ContributionRequest request) {
        Contribution contribution = ledger.open(request, provider.name());
        String description = (request.frequency() == Frequency.MONTHLY ? "Monthly contribution to " : "Contribution to ")
                + site.name();
        try {
            PaymentProvider.Checkout checkout = provider.startCheckout(contribution, description,
                    site.absolute("/support/thanks/" + contribution.reference()),
                    site.absolute("/support?edition=" + contribution.editionCode()));
            ledger.attachCheckout(contribution.id(), checkout.checkoutId());
            return checkout.redirectUrl();
        } catch (PaymentProviderUnavailable unavailable) {
            ledger.markFailedToStart(contribution.id());
            throw unavailable;
        }
    }

    /** Stops a monthly contribution with the provider first, so the ledger never says stopped while money still flows. */
    void cancel(Contribution contribution) {
        if (!contribution.isCancellable()) {
            return;
        }
        if (!contribution.provider().equals(provider.name())) {
            throw new PaymentProviderUnavailable("This contribution was taken by " + contribution.provider()
                    + ", which this site no longer uses; contact us to stop it.");
        }
        provider.cancelRecurring(contribution);
        ledger.markCancelled(contribution.id());
    }

    String providerName() {
        return provider.name();
    }
}
