package news.broadsheet.support.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.Editions;
import news.broadsheet.platform.RateLimits;
import news.broadsheet.site.SecurityHeaders;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The reader's side of support: the contribution form, the thank-you page and dismissing the appeal. */
@Controller
class SupportController {

    private static final int STARTS_PER_ADDRESS_PER_HOUR = 30;
    private static final int DISMISSALS_PER_ADDRESS_PER_HOUR = 60;

    private final SupportPages pages;
    private final JdbcSupportSettings settings;
    private final Contributions contributions;
    private final ContributionLedger ledger;
    private final SupporterRecognition recognition;
    private final RateLimits rateLimits;

    SupportController(SupportPages pages, JdbcSupportSettings settings, Contributions contributions,
                      ContributionLedger ledger, SupporterRecognition recognition, RateLimits rateLimits) {
        this.pages = pages;
        this.settings = settings;
        this.contributions = contributions;
        this.ledger = ledger;
        this.recognition = recognition;
        this.rateLimits = rateLimits;
    }

    @GetMapping("/support")
    ResponseEntity<byte[]> form(@RequestParam(required = false) String edition,
                                @RequestParam(defaultValue = "once") String frequency,
                                @RequestParam(defaultValue = "") String amount,
                                @RequestParam(defaultValue = "") String from,
                                @CookieValue(name = Editions.COOKIE, required = false) String chosen,
                                CsrfToken csrf) {
        Edition shown = pages.edition(edition, chosen);
        ContributionForm form = new ContributionForm(frequency, amount, "", shown.currency().getCurrencyCode(), "", "",
                from.equals("appeal"));
        return form(HttpStatus.OK, shown, form, Map.of(), csrf);
    }

    @PostMapping("/support")
    ResponseEntity<byte[]> start(@RequestParam(defaultValue = "") String edition,
                                 @RequestParam(defaultValue = "") String frequency,
                                 @RequestParam(defaultValue = "") String amount,
                                 @RequestParam(defaultValue = "") String otherAmount,
                                 @RequestParam(defaultValue = "") String currency,
                                 @RequestParam(defaultValue = "") String message,
                                 @RequestParam(defaultValue = "") String email,
                                 @RequestParam(defaultValue = "false") boolean fromAppeal,
                                 CsrfToken csrf, HttpServletRequest request) {
        Edition shown = pages.edition(edition, null);
        ContributionForm form = new ContributionForm(frequency, amount, otherAmount, currency, message, email,
                fromAppeal);
        if (!rateLimits.tryAcquire("support-start:" + request.getRemoteAddr(), STARTS_PER_ADDRESS_PER_HOUR,
                Duration.ofHours(1))) {
            return form(HttpStatus.TOO_MANY_REQUESTS, shown, form,
                    Map.of("form", "Too many attempts from this address; please try again in an hour."), csrf);
        }
        ContributionForm.Checked checked = form.check(shown, settings.of(shown.code()),
                recognition.signedInReader().orElse(null));
        if (!checked.problems().isEmpty()) {
            return form(HttpStatus.UNPROCESSABLE_CONTENT, shown, form, checked.problems(), csrf);
        }
        String checkout;
        try {
            checkout = contributions.start(checked.request());
        } catch (PaymentProviderUnavailable unavailable) {
            return form(HttpStatus.BAD_GATEWAY, shown, form, Map.of("form",
                    "The payment service could not start your payment, and nothing was charged. Please try again."), csrf);
        }
        return redirectToCheckout(checkout);
    }

    /**
     * The checkout of an outside provider is on its own origin; the site's policy lets a form lead only to
     * this site, so this one answer also allows the provider's origin.
     */
    private static ResponseEntity<byte[]> redirectToCheckout(String checkout) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.SEE_OTHER)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.LOCATION, checkout);
        if (checkout.startsWith("https://")) {
            URI uri = URI.create(checkout);
            String origin = uri.getScheme() + "://" + uri.getAuthority();
            response.header("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY
                    .replace("form-action 'self'", "form-action 'self' " + origin));
        }
        return response.build();
    }

    private ResponseEntity<byte[]> form(HttpStatus status, Edition edition, ContributionForm form,
                                        Map<String, String> problems, CsrfToken csrf) {
        SupportSettings supportSettings = settings.of(edition.code());
        Map<String, Object> model = new HashMap<>();
        model.put("appeal", AppealView.of(edition, supportSettings));
        model.put("form", form);
        model.put("problems", problems);
        model.put("csrf", csrf);
        model.put("signedIn", recognition.signedInReader().isPresent());
        model.put("minimum", Amounts.format(supportSettings.minimum(), edition.currency(), edition.locale()));
        model.put("maximum", Amounts.format(supportSettings.maximum(), edition.currency(), edition.locale()));
        model.put("testMode", contributions.providerName().equals(TestPaymentProvider.NAME));
        return pages.render(status, edition, "Support our journalism", "/support", "support/contribute.jte", model);
    }

    @GetMapping("/support/thanks/{reference}")
    ResponseEntity<byte[]> thanks(@PathVariable String reference) {
        Contribution contribution = contribution(reference);
        Edition edition = pages.edition(contribution.editionCode(), null);
        ResponseEntity<byte[]> page = pages.render(HttpStatus.OK, edition, "Thank you", "/support/thanks/" + reference,
                "support/thanks.jte", Map.of(
                        "contribution", contribution,
                        "amount", Amounts.format(contribution.amount(), edition.currency(), edition.locale()),
                        "siteName", pages.siteName()));
        if (contribution.status() == ContributionStatus.FAILED || contribution.status() == ContributionStatus.REFUNDED) {
            return page;
        }
        return ResponseEntity.status(page.getStatusCode()).headers(page.getHeaders())
                .header(HttpHeaders.SET_COOKIE, AppealCookies.cookie(AppealCookies.SUPPORTED, AppealCookies.THANKS_FOR).toString())
                .body(page.getBody());
    }

    /** Without JavaScript the appeal's "Not now" leads here: a form, as dismissing sets a cookie. */
    @GetMapping("/support/dismiss")
    ResponseEntity<byte[]> dismissForm(@RequestHeader(name = HttpHeaders.REFERER, required = false) String referer,
                                       @CookieValue(name = Editions.COOKIE, required = false) String chosen,
                                       CsrfToken csrf) {
        Edition edition = pages.edition(null, chosen);
        return pages.render(HttpStatus.OK, edition, "Hide the appeal", "/support/dismiss", "support/dismiss.jte",
                Map.of("csrf", csrf, "returnTo", SameSitePath.of(referer).orElse(edition.path())));
    }

    @PostMapping("/support/dismiss")
    ResponseEntity<Void> dismiss(@RequestParam(defaultValue = "/") String returnTo, HttpServletRequest request) {
        if (!rateLimits.tryAcquire("support-dismiss:" + request.getRemoteAddr(), DISMISSALS_PER_ADDRESS_PER_HOUR,
                Duration.ofHours(1))) {
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.SET_COOKIE, AppealCookies.cookie(AppealCookies.DISMISSED, AppealCookies.DISMISSED_FOR).toString())
                .header(HttpHeaders.LOCATION, SameSitePath.of(returnTo).orElse("/"))
                .build();
    }

    private Contribution contribution(String reference) {
        UUID id;
        try {
            id = UUID.fromString(reference);
        } catch (IllegalArgumentException notOne) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ledger.byReference(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
