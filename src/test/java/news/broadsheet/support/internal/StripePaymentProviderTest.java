package news.broadsheet.support.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Stripe adapter against a local HTTP server that answers as Stripe's API documents: form-encoded
 * requests with a bearer key, JSON answers, errors as {@code {"error": {"message": …}}}.
 */
class StripePaymentProviderTest {

    private HttpServer stripe;
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String answer;

    record Recorded(String method, String path, Map<String, String> headers, Map<String, String> form) {
    }

    @BeforeEach
    void startStub() throws IOException {
        stripe = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stripe.createContext("/v1/", this::handle);
        stripe.start();
    }

    @AfterEach
    void stopStub() {
        stripe.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> form = new LinkedHashMap<>();
        if (!body.isEmpty()) {
            for (String pair : body.split("&")) {
                String[] parts = pair.split("=", 2);
                form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.getFirst()));
        requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, form));
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private StripePaymentProvider provider() {
        return new StripePaymentProvider(HttpClient.newHttpClient(), "http://127.0.0.1:" + stripe.getAddress().getPort(),
                "sk_test_key");
    }

    @Test
    void aOneOffContributionStartsACheckoutSessionInPaymentMode() {
        answer = """
                {"id":"cs_test_a1","object":"checkout.session","mode":"payment","status":"open",
                 "url":"https://checkout.stripe.com/c/pay/cs_test_a1"}""";
        Contribution contribution = contribution(Frequency.ONCE, 750, "guest@example.com");

        PaymentProvider.Checkout checkout = provider().startCheckout(contribution, "Contribution to The Broadsheet",
                "https://news.example.com/support/thanks/x", "https://news.example.com/support");

        assertThat(checkout).isEqualTo(new PaymentProvider.Checkout("cs_test_a1", "https://checkout.stripe.com/c/pay/cs_test_a1"));
        Recorded request = requests.getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/checkout/sessions");
        assertThat(request.headers()).containsEntry("authorization", "Bearer sk_test_key")
                .containsEntry("content-type", "application/x-www-form-urlencoded")
                .containsEntry("idempotency-key", "checkout-" + contribution.reference());
        assertThat(request.form())
                .containsEntry("mode", "payment")
                .containsEntry("line_items[0][quantity]", "1")
                .containsEntry("line_items[0][price_data][currency]", "gbp")
                .containsEntry("line_items[0][price_data][unit_amount]", "750")
                .containsEntry("line_items[0][price_data][product_data][name]", "Contribution to The Broadsheet")
                .containsEntry("client_reference_id", contribution.reference().toString())
                .containsEntry("metadata[contribution]", contribution.reference().toString())
                .containsEntry("payment_intent_data[metadata][contribution]", contribution.reference().toString())
                .containsEntry("success_url", "https://news.example.com/support/thanks/x")
                .containsEntry("cancel_url", "https://news.example.com/support")
                .containsEntry("customer_email", "guest@example.com")
                .doesNotContainKey("line_items[0][price_data][recurring][interval]");
    }

    @Test
    void aMonthlyContributionStartsACheckoutSessionInSubscriptionModeWithAMonthlyPrice() {
        answer = """
                {"id":"cs_test_m1","object":"checkout.session","mode":"subscription",
                 "url":"https://checkout.stripe.com/c/pay/cs_test_m1"}""";
        Contribution contribution = contribution(Frequency.MONTHLY, 1000, null);

        provider().startCheckout(contribution, "Monthly contribution", "https://x/thanks", "https://x/support");

        assertThat(requests.getFirst().form())
                .containsEntry("mode", "subscription")
                .containsEntry("line_items[0][price_data][recurring][interval]", "month")
                .containsEntry("subscription_data[metadata][contribution]", contribution.reference().toString())
                .doesNotContainKey("customer_email");
    }

    @Test
    void stripesErrorIsReportedAsTheProviderBeingUnavailableWithItsMessage() {
        status = 400;
        answer = """
                {"error":{"type":"invalid_request_error","message":"Amount must be at least 30 pence"}}""";

        assertThatThrownBy(() -> provider().startCheckout(contribution(Frequency.ONCE, 1, null), "c", "https://x", "https://x"))
                .isInstanceOf(PaymentProviderUnavailable.class)
                .hasMessageContaining("400").hasMessageContaining("Amount must be at least 30 pence");
    }

    @Test
    void anAnswerWithoutAnHttpsCheckoutAddressIsRefused() {
        answer = """
                {"id":"cs_test_b","url":"javascript:alert(1)"}""";

        assertThatThrownBy(() -> provider().startCheckout(contribution(Frequency.ONCE, 500, null), "c", "https://x", "https://x"))
                .isInstanceOf(PaymentProviderUnavailable.class);
    }

    @Test
    void cancellingAMonthlyContributionDeletesItsSubscription() {
        answer = """
                {"id":"sub_123","object":"subscription","status":"canceled"}""";
        Contribution paid = new Contribution(1, UUID.randomUUID(), "uk", Frequency.MONTHLY, 1000, "GBP", null, null, 7L,
                false, ContributionStatus.PAID, "stripe", "cs_1", null, "sub_123", null, Instant.now(), Instant.now());

        provider().cancelRecurring(paid);

        assertThat(requests.getFirst().method()).isEqualTo("DELETE");
        assertThat(requests.getFirst().path()).isEqualTo("/v1/subscriptions/sub_123");
        assertThat(requests.getFirst().headers()).containsEntry("authorization", "Bearer sk_test_key");
    }

    @Test
    void anUnreachableStripeIsReportedAsUnavailable() {
        stripe.stop(0);

        assertThatThrownBy(() -> provider().startCheckout(contribution(Frequency.ONCE, 500, null), "c", "https://x", "https://x"))
                .isInstanceOf(PaymentProviderUnavailable.class).hasMessageContaining("could not be reached");
    }

    private static Contribution contribution(Frequency frequency, long amount, String email) {
        return new Contribution(1, UUID.randomUUID(), "uk", frequency, amount, "GBP", null, email, null, false,
                ContributionStatus.PENDING, "stripe", null, null, null, null, Instant.now(), null);
    }
}
