package news.broadsheet.alert.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.interfaces.ECPublicKey;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.broadsheet.IntegrationTest;
import news.broadsheet.alert.internal.push.P256;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class SubscriptionApiIntegrationTest {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    @LocalServerPort
    int port;

    @Autowired
    Subscriptions subscriptions;

    private HttpClient browser;
    private JsonNode options;

    @BeforeEach
    void openTheSite() throws Exception {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        options = JsonMapper.shared().readTree(get("/alerts/options").body());
    }

    @Test
    void optionsOfferTheVapidKeyTheTopicsAndACsrfToken() throws Exception {
        assertThat(Base64.getUrlDecoder().decode(options.path("publicKey").asString())).hasSize(65).startsWith(4);
        assertThat(options.path("topics").findValuesAsString("id")).contains("breaking", "section:world");
        assertThat(options.path("csrf").path("token").asString()).isNotBlank();
    }

    @Test
    void aBrowserSubscribesChangesItsTopicsAndUnsubscribes() throws Exception {
        String endpoint = "http://localhost:9/push/" + UUID.randomUUID();
        Map<String, Object> subscription = subscription(endpoint, List.of("breaking", "section:climate"));

        assertThat(post("/alerts/subscriptions", subscription, true).statusCode()).isEqualTo(200);
        assertThat(subscriptions.byEndpoint(endpoint).orElseThrow().topics()).containsExactly("breaking", "section:climate");

        subscription.put("topics", List.of("section:world"));
        post("/alerts/subscriptions", subscription, true);
        HttpResponse<String> lookup = post("/alerts/subscriptions/lookup", Map.of("endpoint", endpoint), true);
        assertThat(JsonMapper.shared().readTree(lookup.body()).path("topics").get(0).asString()).isEqualTo("section:world");

        assertThat(post("/alerts/subscriptions/remove", Map.of("endpoint", endpoint), true).statusCode()).isEqualTo(204);
        assertThat(subscriptions.byEndpoint(endpoint)).isEmpty();
    }

    @Test
    void subscriptionsThatCouldTurnTheSenderAgainstOtherServersAreRefused() throws Exception {
        for (String endpoint : List.of("https://intranet.example.com/push/1", "ftp://localhost/push", "not a url",
                "http://user:pass@localhost/push", "https://localhost.evil.example/push")) {
            HttpResponse<String> response = post("/alerts/subscriptions", subscription(endpoint, List.of("breaking")), true);
            assertThat(response.statusCode()).as(endpoint).isEqualTo(400);
            assertThat(JsonMapper.shared().readTree(response.body()).path("field").asString()).isEqualTo("endpoint");
        }
    }

    @Test
    void malformedKeysAndUnknownTopicsAreRefusedWithTheFieldAndReason() throws Exception {
        Map<String, Object> badKey = subscription("http://localhost:9/push/" + UUID.randomUUID(), List.of("breaking"));
        badKey.put("keys", Map.of("p256dh", "too-short", "auth", BASE64URL.encodeToString(new byte[16])));
        HttpResponse<String> key = post("/alerts/subscriptions", badKey, true);
        assertThat(key.statusCode()).isEqualTo(400);
        assertThat(JsonMapper.shared().readTree(key.body()).path("field").asString()).isEqualTo("keys.p256dh");

        HttpResponse<String> topic = post("/alerts/subscriptions",
                subscription("http://localhost:9/push/" + UUID.randomUUID(), List.of("<script>alert(1)</script>")), true);
        assertThat(topic.statusCode()).isEqualTo(400);
        assertThat(topic.body()).doesNotContain("<script>");
    }

    @Test
    void aSubscriptionWithoutTheCsrfTokenIsRefused() throws Exception {
        String endpoint = "http://localhost:9/push/" + UUID.randomUUID();

        assertThat(post("/alerts/subscriptions", subscription(endpoint, List.of("breaking")), false).statusCode()).isEqualTo(403);
        assertThat(subscriptions.byEndpoint(endpoint)).isEmpty();
    }

    @Test
    void theManageAlertsPageExplainsAlertsAndWorksAsAPlainPage() throws Exception {
        HttpResponse<String> page = get("/alerts");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Manage alerts</h1>").contains("data-alert-manage").contains("<noscript>");
    }

    private Map<String, Object> subscription(String endpoint, List<String> topics) throws Exception {
        byte[] key = P256.encode((ECPublicKey) P256.generate(null).getPublic());
        return new HashMap<>(Map.of(
                "endpoint", endpoint,
                "keys", Map.of("p256dh", BASE64URL.encodeToString(key), "auth", BASE64URL.encodeToString(new byte[16])),
                "edition", "uk",
                "topics", topics));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, Object> body, boolean withToken) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JsonMapper.shared().writeValueAsString(body)));
        if (withToken) {
            request.header(options.path("csrf").path("header").asString(), options.path("csrf").path("token").asString());
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
