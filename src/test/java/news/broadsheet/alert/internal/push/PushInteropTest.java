package news.broadsheet.alert.internal.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends real messages to an independent push service, the npm package web-push-testing (installed by
 * {@code npm ci --prefix src/test/interop}; .ci/run does it): it checks our VAPID token and key and
 * decrypts our payload with its own RFC 8291 code, so a message it returns is one a browser could read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PushInteropTest {

    private static final Path SERVER = Path.of("src/test/interop/node_modules/web-push-testing/src/bin/server.js");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private Process pushService;
    private String base;

    @BeforeAll
    void startPushService() throws Exception {
        assumeTrue(Files.exists(SERVER), "web-push-testing is not installed: run npm ci --prefix src/test/interop");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        pushService = new ProcessBuilder("node", SERVER.toString(), Integer.toString(port)).redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(pushService.getInputStream(), StandardCharsets.UTF_8));
        String line = output.readLine();
        assertThat(line).as("web-push-testing's first line").contains("Server running");
        Thread.ofVirtual().start(() -> output.lines().forEach(ignored -> { }));
        base = "http://localhost:" + port;
    }

    @AfterAll
    void stopPushService() throws InterruptedException {
        if (pushService != null) {
            pushService.destroy();
            pushService.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void theIndependentPushServiceAcceptsAndDecryptsOurMessagesWithOneVapidToken() throws Exception {
        VapidKeys vapid = new VapidKeys(P256.generate(null), "mailto:alerts@example.com");
        Subscription subscription = subscribe(vapid.publicKey());
        PushClient client = new PushClient(new WebPushEncryption(CryptoProvider.fastest()), vapid, Clock.systemUTC());

        List<String> sent = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String payload = "{\"title\":\"Breaking " + i + "\",\"body\":\"Talks in Sochi – «update» " + i + "\"}";
            PushOutcome outcome = client.send(subscription.target(), payload.getBytes(StandardCharsets.UTF_8),
                    Duration.ofHours(1), PushClient.Urgency.HIGH, "breaking-" + i).get();
            assertThat(outcome.kind()).as("status %s", outcome.status()).isEqualTo(PushOutcome.Kind.DELIVERED);
            sent.add(payload);
        }

        assertThat(received(subscription)).containsExactlyElementsOf(sent);
        assertThat(client.tokensSigned()).isEqualTo(1);
    }

    @Test
    void anExpiredSubscriptionIsReportedGone() throws Exception {
        VapidKeys vapid = new VapidKeys(P256.generate(null), "mailto:alerts@example.com");
        Subscription subscription = subscribe(vapid.publicKey());
        post("/expire-subscription/" + subscription.clientHash(), Map.of());
        PushClient client = new PushClient(new WebPushEncryption(null), vapid, Clock.systemUTC());

        PushOutcome outcome = client.send(subscription.target(), "{}".getBytes(StandardCharsets.UTF_8),
                Duration.ofMinutes(5), PushClient.Urgency.NORMAL, null).get();

        assertThat(outcome.kind()).isEqualTo(PushOutcome.Kind.GONE);
        assertThat(outcome.status()).isEqualTo(410);
    }

    @Test
    void messagesSignedWithAnotherServersKeysAreRefused() throws Exception {
        Subscription subscription = subscribe(new VapidKeys(P256.generate(null), "mailto:a@example.com").publicKey());
        VapidKeys impostor = new VapidKeys(P256.generate(null), "mailto:b@example.com");
        PushClient client = new PushClient(new WebPushEncryption(null), impostor, Clock.systemUTC());

        PushOutcome outcome = client.send(subscription.target(), "{}".getBytes(StandardCharsets.UTF_8),
                Duration.ofMinutes(5), PushClient.Urgency.NORMAL, null).get();

        assertThat(outcome.kind()).isEqualTo(PushOutcome.Kind.REFUSED);
        assertThat(received(subscription)).isEmpty();
    }

    private record Subscription(PushTarget target, String clientHash) {
    }

    private Subscription subscribe(String applicationServerKey) throws Exception {
        JsonNode data = json(post("/subscribe", Map.of("userVisibleOnly", "true", "applicationServerKey", applicationServerKey))
                ).path("data");
        Base64.Decoder decoder = Base64.getUrlDecoder();
        return new Subscription(new PushTarget(URI.create(data.path("endpoint").asString()),
                decoder.decode(data.path("keys").path("p256dh").asString()),
                decoder.decode(data.path("keys").path("auth").asString())), data.path("clientHash").asString());
    }

    private List<String> received(Subscription subscription) throws Exception {
        List<String> messages = new ArrayList<>();
        json(post("/get-notifications", Map.of("clientHash", subscription.clientHash())))
                .path("data").path("messages").forEach(message -> messages.add(message.asString()));
        return messages;
    }

    private String post(String path, Map<String, Object> body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JsonMapper.shared().writeValueAsString(body)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s answered %s", path, response.body()).isEqualTo(200);
        return response.body();
    }

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }
}
