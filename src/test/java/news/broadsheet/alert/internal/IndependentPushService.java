package news.broadsheet.alert.internal;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import news.broadsheet.alert.internal.push.PushTarget;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The npm package web-push-testing run as a real push service on this machine: it checks our VAPID token
 * and decrypts what we send with its own RFC 8291 code, and hands back the plaintext it received.
 */
final class IndependentPushService implements AutoCloseable {

    private static final Path SERVER = Path.of("src/test/interop/node_modules/web-push-testing/src/bin/server.js");

    record Subscriber(PushTarget target, String clientHash) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Process process;
    private final String base;

    private IndependentPushService(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    static IndependentPushService start() throws IOException {
        assumeTrue(Files.exists(SERVER), "web-push-testing is not installed: run npm ci --prefix src/test/interop");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process process = new ProcessBuilder("node", SERVER.toString(), Integer.toString(port)).redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertThat(output.readLine()).as("web-push-testing's first line").contains("Server running");
        Thread.ofVirtual().start(() -> output.lines().forEach(ignored -> { }));
        return new IndependentPushService(process, "http://localhost:" + port);
    }

    Subscriber subscribe(String applicationServerKey) throws Exception {
        JsonNode data = JsonMapper.shared().readTree(post("/subscribe",
                Map.of("userVisibleOnly", "true", "applicationServerKey", applicationServerKey))).path("data");
        Base64.Decoder decoder = Base64.getUrlDecoder();
        return new Subscriber(new PushTarget(URI.create(data.path("endpoint").asString()),
                decoder.decode(data.path("keys").path("p256dh").asString()),
                decoder.decode(data.path("keys").path("auth").asString())), data.path("clientHash").asString());
    }

    /** The decrypted messages the subscriber has received, oldest first. */
    List<JsonNode> received(Subscriber subscriber) throws Exception {
        List<JsonNode> messages = new ArrayList<>();
        JsonMapper.shared().readTree(post("/get-notifications", Map.of("clientHash", subscriber.clientHash())))
                .path("data").path("messages").forEach(message -> messages.add(JsonMapper.shared().readTree(message.asString())));
        return messages;
    }

    /** Makes the push service answer 410 Gone for the subscriber from now on, as when a browser unsubscribes. */
    void expire(Subscriber subscriber) throws Exception {
        post("/expire-subscription/" + subscriber.clientHash(), Map.of());
    }

    private String post(String path, Map<String, Object> body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JsonMapper.shared().writeValueAsString(body)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s answered %s", path, response.body()).isEqualTo(200);
        return response.body();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(5, TimeUnit.SECONDS);
    }
}
