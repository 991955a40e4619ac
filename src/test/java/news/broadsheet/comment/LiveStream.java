package news.broadsheet.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import news.broadsheet.Browserless;
import news.broadsheet.Eventually;

/** An article's live comment stream read over HTTP, as {@code comments.js} reads it: every line kept as it arrives. */
final class LiveStream implements AutoCloseable {

    private final InputStream body;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private LiveStream(InputStream body) {
        this.body = body;
        Thread.ofVirtual().start(this::read);
    }

    /** Opens the stream as this person and waits until the server has taken it on. */
    static LiveStream open(Browserless person, long articleId) {
        HttpResponse<InputStream> response = person.openStream("/articles/" + articleId + "/comments/live");
        assertThat(response.statusCode()).isEqualTo(200);
        LiveStream stream = new LiveStream(response.body());
        Eventually.within(Duration.ofSeconds(10), "the live stream to open", () -> stream.lines.contains(":listening"));
        return stream;
    }

    /** The data of every comment event that arrived so far. */
    List<String> comments() {
        return lines.stream().filter(line -> line.startsWith("data:")).toList();
    }

    /** Waits for the event about this comment and answers its data. */
    String awaitComment(long commentId) {
        String id = "\"id\":" + commentId + ",";
        String alsoId = "\"id\":" + commentId + "}";
        Eventually.within(Duration.ofSeconds(10), "comment " + commentId + " on the live stream",
                () -> comments().stream().anyMatch(data -> data.contains(id) || data.contains(alsoId)));
        return comments().stream().filter(data -> data.contains(id) || data.contains(alsoId)).findFirst().orElseThrow();
    }

    private void read() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException closed) {
            // The test closed the stream.
        }
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
