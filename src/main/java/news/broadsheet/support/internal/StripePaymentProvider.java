package news.broadsheet.support.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stripe through its form-encoded REST API: a Checkout Session in {@code payment} mode for a one-off
 * contribution and in {@code subscription} mode (a monthly price made inline) for a monthly one, and
 * cancelling a subscription. The contribution's reference travels as {@code client_reference_id} and as
 * metadata on the session, its payment and its subscription, so every later event names it.
 */
class StripePaymentProvider implements PaymentProvider {

    static final String NAME = "stripe";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient http;
    private final String apiBase;
    private final String secretKey;

    StripePaymentProvider(HttpClient http, String apiBase, String secretKey) {
        this.http = http;
        this.apiBase = apiBase.replaceAll("/+$", "");
        this.secretKey = secretKey;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Checkout startCheckout(Contribution contribution, String description, String returnUrl, String cancelUrl) {
        String reference = contribution.reference().toString();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("mode", contribution.isMonthly() ? "subscription" : "payment");
        form.put("line_items[0][quantity]", "1");
        form.put("line_items[0][price_data][currency]", contribution.currency().toLowerCase(Locale.ROOT));
        form.put("line_items[0][price_data][unit_amount]", Long.toString(contribution.amount()));
        form.put("line_items[0][price_data][product_data][name]", description);
        if (contribution.isMonthly()) {
            form.put("line_items[0][price_data][recurring][interval]", "month");
            form.put("subscription_data[metadata][contribution]", reference);
        } else {
            form.put("payment_intent_data[metadata][contribution]", reference);
        }
        form.put("client_reference_id", reference);
        form.put("metadata[contribution]", reference);
        form.put("success_url", returnUrl);
        form.put("cancel_url", cancelUrl);
        if (contribution.email() != null) {
            form.put("customer_email", contribution.email());
        }
        HttpRequest request = authorised(URI.create(apiBase + "/v1/checkout/sessions"))
                // One contribution is one session however often this is retried.
                .header("Idempotency-Key", "checkout-" + reference)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        JsonNode session = send(request);
        String id = session.path("id").asString("");
        String url = session.path("url").asString("");
        if (id.isEmpty() || !url.startsWith("https://")) {
            throw new PaymentProviderUnavailable("Stripe answered without a checkout address.");
        }
        return new Checkout(id, url);
    }

    @Override
    public void cancelRecurring(Contribution contribution) {
        if (contribution.subscriptionId() == null || !contribution.subscriptionId().matches("[A-Za-z0-9_]{1,255}")) {
            throw new PaymentProviderUnavailable("This contribution has no Stripe subscription to cancel.");
        }
        send(authorised(URI.create(apiBase + "/v1/subscriptions/" + contribution.subscriptionId()))
                .DELETE()
                .build());
    }

    private HttpRequest.Builder authorised(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Authorization", "Bearer " + secretKey);
    }

    private JsonNode send(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PaymentProviderUnavailable("Stripe could not be reached.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PaymentProviderUnavailable("Interrupted while waiting for Stripe.", e);
        }
        JsonNode body;
        try {
            body = JsonMapper.shared().readTree(response.body());
        } catch (RuntimeException notJson) {
            throw new PaymentProviderUnavailable("Stripe answered " + response.statusCode() + " with a body that is not JSON.");
        }
        if (response.statusCode() / 100 != 2) {
            String message = body.path("error").path("message").asString("no message");
            throw new PaymentProviderUnavailable("Stripe refused the request (" + response.statusCode() + "): " + message);
        }
        return body;
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
