package news.broadsheet.support.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stripe's events. The raw body is checked against the {@code Stripe-Signature} header before anything in
 * it is believed. A 2xx tells Stripe to stop sending the event; an event about a contribution this site
 * does not have (yet) gets a 409, so Stripe delivers it again later rather than it being lost.
 */
@RestController
class StripeWebhookController {

    private static final Logger log = LoggerFactory.getLogger(StripeWebhookController.class);
    /** Stripe's events are a few kilobytes; anything much larger is not one. */
    private static final int MAX_BODY = 256 * 1024;

    private final SupportProperties properties;
    private final ContributionLedger ledger;
    private final Clock clock;

    StripeWebhookController(SupportProperties properties, ContributionLedger ledger) {
        this.properties = properties;
        this.ledger = ledger;
        this.clock = Clock.systemUTC();
    }

    @PostMapping("/support/webhooks/stripe")
    ResponseEntity<Map<String, String>> receive(@RequestHeader(name = "Stripe-Signature", required = false) String signature,
                                                HttpServletRequest request) throws IOException {
        String secret = properties.stripe().webhookSecret();
        if (!StringUtils.hasText(secret)) {
            return answer(HttpStatus.NOT_FOUND, "Stripe events are not accepted here.");
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            return answer(HttpStatus.CONTENT_TOO_LARGE, "The body is too large to be a Stripe event.");
        }
        try {
            StripeSignature.verify(body, signature, secret, clock.instant());
        } catch (StripeSignature.Refused refused) {
            log.warn("Refused a Stripe event: {}", refused.getMessage());
            return answer(HttpStatus.BAD_REQUEST, refused.getMessage());
        }
        PaymentEvent event;
        try {
            JsonNode json = JsonMapper.shared().readTree(body);
            event = StripeEvents.from(json);
        } catch (JacksonException | IllegalArgumentException malformed) {
            return answer(HttpStatus.BAD_REQUEST, "The body is not a Stripe event.");
        }
        ContributionLedger.Outcome outcome = ledger.apply(event);
        if (outcome == ContributionLedger.Outcome.UNMATCHED) {
            return answer(HttpStatus.CONFLICT, "No contribution matches this event yet.");
        }
        return answer(HttpStatus.OK, outcome.name().toLowerCase());
    }

    private static ResponseEntity<Map<String, String>> answer(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("result", message));
    }
}
