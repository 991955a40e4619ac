package news.broadsheet.support.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.Editions;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A signed-in reader's support: their contributions, stopping a monthly one, the supporter badge, and
 * claiming a contribution they made as a guest (the link in its receipt). A visitor is sent to sign in first.
 */
@Controller
class SupporterAccountController {

    private static final String PAGE = "/account/support";

    private final SupportPages pages;
    private final ContributionLedger ledger;
    private final Contributions contributions;
    private final SupporterRecognition recognition;

    SupporterAccountController(SupportPages pages, ContributionLedger ledger, Contributions contributions,
                               SupporterRecognition recognition) {
        this.pages = pages;
        this.ledger = ledger;
        this.contributions = contributions;
        this.recognition = recognition;
    }

    @GetMapping(PAGE)
    ResponseEntity<byte[]> account(@CookieValue(name = Editions.COOKIE, required = false) String chosen,
                                   @RequestParam(required = false) String problem, CsrfToken csrf) {
        Long reader = recognition.signedInReader().orElse(null);
        if (reader == null) {
            return seeOther("/account/login?next=" + PAGE);
        }
        Edition edition = pages.edition(null, chosen);
        List<ContributionLine> lines = ledger.ofReader(reader).stream().map(contribution -> {
            Edition of = pages.edition(contribution.editionCode(), null);
            return new ContributionLine(contribution, Amounts.format(contribution.amount(), of.currency(), of.locale()),
                    of.formatTime(contribution.createdAt()), DateTimeFormatter.ISO_INSTANT.format(contribution.createdAt()));
        }).toList();
        return pages.render(HttpStatus.OK, edition, "Your support", PAGE, "support/account.jte", Map.of(
                "lines", lines, "csrf", csrf, "badge", recognition.choseBadge(reader),
                "problem", problem != null ? "The payment service could not stop it just now; nothing changed. Please try again." : ""));
    }

    @PostMapping(PAGE + "/{reference}/cancel")
    ResponseEntity<byte[]> cancel(@PathVariable String reference) {
        Long reader = recognition.signedInReader().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        Contribution contribution = ledger.ofReader(reader).stream()
                .filter(own -> own.reference().toString().equals(reference))
                .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            contributions.cancel(contribution);
        } catch (PaymentProviderUnavailable unavailable) {
            return seeOther(PAGE + "?problem");
        }
        return seeOther(PAGE);
    }

    @PostMapping(PAGE + "/badge")
    ResponseEntity<byte[]> badge(@RequestParam(defaultValue = "false") boolean show) {
        Long reader = recognition.signedInReader().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        recognition.chooseBadge(reader, show);
        return seeOther(PAGE);
    }

    @GetMapping("/support/claim/{token:[0-9a-f]{48}}")
    ResponseEntity<byte[]> claimForm(@PathVariable String token,
                                     @CookieValue(name = Editions.COOKIE, required = false) String chosen,
                                     CsrfToken csrf) {
        Contribution contribution = ledger.byClaimToken(token)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (recognition.signedInReader().isEmpty()) {
            return seeOther("/account/login?next=/support/claim/" + token);
        }
        Edition edition = pages.edition(contribution.editionCode(), chosen);
        return pages.render(HttpStatus.OK, edition, "Add a contribution to your account", "/support/claim", "support/claim.jte",
                Map.of("token", token, "csrf", csrf,
                        "amount", Amounts.format(contribution.amount(), edition.currency(), edition.locale()),
                        "contribution", contribution));
    }

    @PostMapping("/support/claim/{token:[0-9a-f]{48}}")
    ResponseEntity<byte[]> claim(@PathVariable String token) {
        Long reader = recognition.signedInReader().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        if (!ledger.claim(token, reader)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return seeOther(PAGE);
    }

    private static ResponseEntity<byte[]> seeOther(String path) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.LOCATION, path).build();
    }
}
