package news.broadsheet.alert.internal;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntFunction;

/**
 * A push service that answers what the test tells it to: {@code answer} maps the request's number (1 for
 * the first) to a status, with Retry-After: 1 on 429s and 503s. It records when each request came and how
 * large its encrypted body was.
 */
final class StubPushService implements AutoCloseable {

    private final HttpServer server;
    private final Queue<Instant> requests = new ConcurrentLinkedQueue<>();
    private final Queue<Integer> bodySizes = new ConcurrentLinkedQueue<>();

    StubPushService(IntFunction<Integer> answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/push/", exchange -> {
            bodySizes.add(exchange.getRequestBody().readAllBytes().length);
            requests.add(Instant.now());
            int status = answer.apply(requests.size());
            if (status == 429 || status == 503) {
                exchange.getResponseHeaders().add("Retry-After", "1");
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String endpoint(String name) {
        return "http://localhost:" + server.getAddress().getPort() + "/push/" + name;
    }

    List<Instant> requests() {
        return List.copyOf(requests);
    }

    List<Integer> bodySizes() {
        return List.copyOf(bodySizes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
