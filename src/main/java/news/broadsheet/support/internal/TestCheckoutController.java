package news.broadsheet.support.internal;

import java.util.Map;
import java.util.UUID;
import news.broadsheet.edition.Edition;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The test provider's checkout: a page marked TEST MODE, then the outcome reported as provider events,
 * the way a real provider's webhook would, before the reader is sent to the thank-you page. Answers only
 * while the test provider is the one configured.
 */
@Controller
class TestCheckoutController {

    private final Contributions contributions;
    private final ContributionLedger ledger;
    private final SupportPages pages;

    TestCheckoutController(Contributions contributions, ContributionLedger ledger, SupportPages pages) {
        this.contributions = contributions;
        this.ledger = ledger;
        this.pages = pages;
    }

    @GetMapping("/support/test-checkout/{checkoutId:test_cs_[0-9a-f-]{36}}")
    ResponseEntity<byte[]> checkout(@PathVariable String checkoutId, CsrfToken csrf) {
        Contribution contribution = pending(checkoutId);
        Edition edition = pages.edition(contribution.editionCode(), null);
        return pages.render(HttpStatus.OK, edition, "Test checkout", "/support/test-checkout/" + checkoutId,
                "support/test-checkout.jte", Map.of("contribution", contribution, "csrf", csrf,
                        "amount", Amounts.format(contribution.amount(), edition.currency(), edition.locale())));
    }

    @PostMapping("/support/test-checkout/{checkoutId:test_cs_[0-9a-f-]{36}}")
    ResponseEntity<Void> complete(@PathVariable String checkoutId, @RequestParam(defaultValue = "") String outcome) {
        Contribution contribution = pending(checkoutId);
        String provider = TestPaymentProvider.NAME;
        if (outcome.equals("pay")) {
            String payment = (contribution.isMonthly() ? "test_in_" : "test_pi_") + UUID.randomUUID();
            String subscription = contribution.isMonthly() ? "test_sub_" + UUID.randomUUID() : null;
            ledger.apply(new PaymentEvent(provider, "test_evt_" + UUID.randomUUID(), "checkout.completed",
                    PaymentEvent.Kind.CHECKOUT_PAID, contribution.reference(), checkoutId, payment, subscription,
                    contribution.amount(), contribution.currency()));
            if (contribution.isMonthly()) {
                ledger.apply(new PaymentEvent(provider, "test_evt_" + UUID.randomUUID(), "invoice.paid",
                        PaymentEvent.Kind.RECURRING_PAYMENT, contribution.reference(), null, payment, subscription,
                        contribution.amount(), contribution.currency()));
            }
        } else {
            ledger.apply(new PaymentEvent(provider, "test_evt_" + UUID.randomUUID(), "checkout.failed",
                    PaymentEvent.Kind.CHECKOUT_FAILED, contribution.reference(), checkoutId, null, null, 0, null));
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.LOCATION, "/support/thanks/" + contribution.reference()).build();
    }

    private Contribution pending(String checkoutId) {
        if (!contributions.providerName().equals(TestPaymentProvider.NAME)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ledger.byCheckout(TestPaymentProvider.NAME, checkoutId)
                .filter(found -> found.status() == ContributionStatus.PENDING)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
