package news.broadsheet.support.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.broadsheet.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stripe's events against the running application, signed as Stripe signs them: forged, stale and
 * replayed deliveries, duplicates (one after another and at once) and events out of order.
 */
@IntegrationTest
class StripeWebhookIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ContributionLedger ledger;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aValidlySignedCompletedCheckoutMarksTheContributionPaidAndCountsThePaymentOnce() throws Exception {
        Contribution contribution = stripeContribution(Frequency.ONCE, 500);
        String event = checkoutCompleted(contribution, "pi_" + random());

        HttpResponse<String> first = deliver(event, IntegrationTest.STRIPE_WEBHOOK_SECRET, now());
        HttpResponse<String> replayed = deliver(event, IntegrationTest.STRIPE_WEBHOOK_SECRET, now());

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("applied");
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(replayed.body()).contains("duplicate");
        assertThat(status(contribution)).isEqualTo(ContributionStatus.PAID);
        assertThat(payments(contribution)).isEqualTo(1);
    }

    @Test
    void anEventSignedWithAnotherSecretIsRefusedAndChangesNothing() throws Exception {
        Contribution contribution = stripeContribution(Frequency.ONCE, 700);

        HttpResponse<String> forged = deliver(checkoutCompleted(contribution, "pi_" + random()), "whsec_someone_else", now());

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("No signature matches");
        assertThat(status(contribution)).isEqualTo(ContributionStatus.PENDING);
    }

    @Test
    void anEventSignedLongerAgoThanTheToleranceIsRefusedEvenWithAValidSignature() throws Exception {
        Contribution contribution = stripeContribution(Frequency.ONCE, 700);

        HttpResponse<String> stale = deliver(checkoutCompleted(contribution, "pi_" + random()),
                IntegrationTest.STRIPE_WEBHOOK_SECRET, now() - 301);

        assertThat(stale.statusCode()).isEqualTo(400);
        assertThat(stale.body()).contains("outside the tolerance");
        assertThat(status(contribution)).isEqualTo(ContributionStatus.PENDING);
    }

    @Test
    void anEventWithoutSignatureOrWithATamperedBodyIsRefused() throws Exception {
        Contribution contribution = stripeContribution(Frequency.ONCE, 700);
        String event = checkoutCompleted(contribution, "pi_" + random());
        long timestamp = now();
        String header = header(event, IntegrationTest.STRIPE_WEBHOOK_SECRET, timestamp);

        HttpResponse<String> unsigned = post(event, null);
        HttpResponse<String> tampered = post(event.replace("\"amount_total\":700", "\"amount_total\":1"), header);

        assertThat(unsigned.statusCode()).isEqualTo(400);
        assertThat(tampered.statusCode()).isEqualTo(400);
        assertThat(status(contribution)).isEqualTo(ContributionStatus.PENDING);
    }

    @Test
    void theSameEventDeliveredManyTimesAtOnceIsRecordedOnce() throws Exception {
        Contribution contribution = stripeContribution(Frequency.ONCE, 1500);
        String event = checkoutCompleted(contribution, "pi_" + random());
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            List<Callable<HttpResponse<String>>> deliveries = java.util.Collections.nCopies(6,
                    () -> deliver(event, IntegrationTest.STRIPE_WEBHOOK_SECRET, now()));
            List<String> results = pool.invokeAll(deliveries).stream().map(StripeWebhookIntegrationTest::body).toList();
            assertThat(results).filteredOn(body -> body.contains("applied")).hasSize(1);
            assertThat(results).filteredOn(body -> body.contains("duplicate")).hasSize(5);
        }
        assertThat(payments(contribution)).isEqualTo(1);
    }

    @Test
    void aMonthlyContributionsInvoiceArrivingBeforeItsCheckoutIsCountedOnceAndTheContributionIsPaid() throws Exception {
        Contribution contribution = stripeContribution(Frequency.MONTHLY, 1000);
        String subscription = "sub_" + random();
        String invoice = invoicePaid(contribution, subscription, "in_" + random());

        assertThat(deliver(invoice, IntegrationTest.STRIPE_WEBHOOK_SECRET, now()).body()).contains("applied");
        assertThat(status(contribution)).isEqualTo(ContributionStatus.PAID);
        assertThat(deliver(subscriptionCheckoutCompleted(contribution, subscription), IntegrationTest.STRIPE_WEBHOOK_SECRET,
                now()).statusCode()).isEqualTo(200);

        assertThat(status(contribution)).isEqualTo(ContributionStatus.PAID);
        assertThat(payments(contribution)).isEqualTo(1);
        assertThat(ledger.byId(contribution.id()).orElseThrow().subscriptionId()).isEqualTo(subscription);

        deliver(invoicePaid(contribution, subscription, "in_" + random()), IntegrationTest.STRIPE_WEBHOOK_SECRET, now());
        assertThat(payments(contribution)).as("the next month's payment").isEqualTo(2);
    }

    @Test
    void aCancellationArrivingBeforeTheCheckoutItEndsLeavesTheContributionCancelled() throws Exception {
        Contribution contribution = stripeContribution(Frequency.MONTHLY, 1000);
        String subscription = "sub_" + random();

        deliver(subscriptionDeleted(contribution, subscription), IntegrationTest.STRIPE_WEBHOOK_SECRET, now());
        deliver(subscriptionCheckoutCompleted(contribution, subscription), IntegrationTest.STRIPE_WEBHOOK_SECRET, now());

        assertThat(status(contribution)).isEqualTo(ContributionStatus.CANCELLED);
    }

    @Test
    void aRefundAfterPaymentMarksTheContributionRefundedAndItsPaymentNoLongerCounts() throws Exception {
        Contribution contribution = stripeContribution(Frequency.ONCE, 2500);
        String intent = "pi_" + random();
        deliver(checkoutCompleted(contribution, intent), IntegrationTest.STRIPE_WEBHOOK_SECRET, now());

        deliver(chargeRefunded(intent), IntegrationTest.STRIPE_WEBHOOK_SECRET, now());
        deliver(checkoutCompleted(contribution, intent), IntegrationTest.STRIPE_WEBHOOK_SECRET, now());

        assertThat(status(contribution)).isEqualTo(ContributionStatus.REFUNDED);
        assertThat(jdbc.sql("select count(*) from support_payment where contribution_id = :id and refunded_at is null")
                .param("id", contribution.id()).query(Long.class).single()).isZero();
    }

    @Test
    void anEventForAContributionThisSiteDoesNotHaveIsAnsweredSoStripeSendsItAgainLater() throws Exception {
        Contribution unknown = new Contribution(0, UUID.randomUUID(), "uk", Frequency.ONCE, 500, "GBP", null, null, null,
                false, ContributionStatus.PENDING, "stripe", null, null, null, null, Instant.now(), null);

        HttpResponse<String> answer = deliver(checkoutCompleted(unknown, "pi_" + random()),
                IntegrationTest.STRIPE_WEBHOOK_SECRET, now());

        assertThat(answer.statusCode()).isEqualTo(409);
    }

    @Test
    void aRefundOfAPaymentThisSiteNeverMatchedIsAcknowledgedRatherThanRetriedForDays() throws Exception {
        HttpResponse<String> answer = deliver(chargeRefunded("pi_" + random()), IntegrationTest.STRIPE_WEBHOOK_SECRET, now());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("ignored");
    }

    @Test
    void eventsThisSiteDoesNotActOnAreAcknowledged() throws Exception {
        String event = """
                {"id":"evt_%s","object":"event","type":"customer.created","data":{"object":{"id":"cus_1"}}}"""
                .formatted(random());

        HttpResponse<String> answer = deliver(event, IntegrationTest.STRIPE_WEBHOOK_SECRET, now());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("ignored");
    }

    private Contribution stripeContribution(Frequency frequency, long amount) {
        return ledger.open(new ContributionRequest("uk", frequency, amount, "GBP", null, "reader@example.com", null,
                true), StripePaymentProvider.NAME);
    }

    private ContributionStatus status(Contribution contribution) {
        return ledger.byId(contribution.id()).orElseThrow().status();
    }

    private long payments(Contribution contribution) {
        return jdbc.sql("select count(*) from support_payment where contribution_id = :id")
                .param("id", contribution.id()).query(Long.class).single();
    }

    private static String checkoutCompleted(Contribution contribution, String paymentIntent) {
        return """
                {"id":"evt_%s","object":"event","api_version":"2025-03-31.basil","type":"checkout.session.completed",
                 "data":{"object":{"id":"cs_test_%s","object":"checkout.session","mode":"payment","status":"complete",
                 "payment_status":"paid","client_reference_id":"%s","metadata":{"contribution":"%s"},
                 "payment_intent":"%s","subscription":null,"amount_total":%d,"currency":"gbp"}}}"""
                .formatted(random(), random(), contribution.reference(), contribution.reference(), paymentIntent,
                        contribution.amount());
    }

    private static String subscriptionCheckoutCompleted(Contribution contribution, String subscription) {
        return """
                {"id":"evt_%s","object":"event","type":"checkout.session.completed",
                 "data":{"object":{"id":"cs_test_%s","object":"checkout.session","mode":"subscription",
                 "payment_status":"paid","client_reference_id":"%s","payment_intent":null,"subscription":"%s",
                 "amount_total":%d,"currency":"gbp"}}}"""
                .formatted(random(), random(), contribution.reference(), subscription, contribution.amount());
    }

    /** The invoice names its subscription and metadata where API versions from 2025 put them. */
    private static String invoicePaid(Contribution contribution, String subscription, String invoice) {
        return """
                {"id":"evt_%s","object":"event","type":"invoice.paid",
                 "data":{"object":{"id":"%s","object":"invoice","amount_paid":%d,"currency":"gbp","status":"paid",
                 "parent":{"type":"subscription_details","subscription_details":{"subscription":"%s",
                 "metadata":{"contribution":"%s"}}}}}}"""
                .formatted(random(), invoice, contribution.amount(), subscription, contribution.reference());
    }

    private static String subscriptionDeleted(Contribution contribution, String subscription) {
        return """
                {"id":"evt_%s","object":"event","type":"customer.subscription.deleted",
                 "data":{"object":{"id":"%s","object":"subscription","status":"canceled",
                 "metadata":{"contribution":"%s"}}}}"""
                .formatted(random(), subscription, contribution.reference());
    }

    private static String chargeRefunded(String paymentIntent) {
        return """
                {"id":"evt_%s","object":"event","type":"charge.refunded",
                 "data":{"object":{"id":"ch_%s","object":"charge","payment_intent":"%s","refunded":true,
                 "amount_refunded":2500}}}"""
                .formatted(random(), random(), paymentIntent);
    }

    private HttpResponse<String> deliver(String event, String secret, long timestamp) throws Exception {
        return post(event, header(event, secret, timestamp));
    }

    private HttpResponse<String> post(String event, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/support/webhooks/stripe"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(event));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What Stripe sends: the time it signed, and the HMAC-SHA256 of {@code <time>.<body>} under the secret. */
    static String header(String body, String secret, long timestamp) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] signature = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        return "t=" + timestamp + ",v0=" + "00".repeat(32) + ",v1=" + HexFormat.of().formatHex(signature);
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    private static String random() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static String body(Future<HttpResponse<String>> response) {
        try {
            return response.get().body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
