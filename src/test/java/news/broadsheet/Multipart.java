package news.broadsheet;

import java.io.InputStream;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A multipart/form-data body as a browser sends a form with a file input. A file's content may be streamed
 * from a generator, so a test can send a huge upload without holding it in memory.
 */
public final class Multipart {

    private record Part(String headers, BodyPublisher content) {
    }

    private final String boundary = "----BroadsheetTest" + UUID.randomUUID().toString().replace("-", "");
    private final List<Part> parts = new ArrayList<>();

    public Multipart field(String name, String value) {
        parts.add(new Part(disposition(name), BodyPublishers.ofString(value, StandardCharsets.UTF_8)));
        return this;
    }

    public Multipart file(String name, String filename, String contentType, byte[] content) {
        return file(name, filename, contentType, BodyPublishers.ofByteArray(content));
    }

    /** A file part of {@code length} bytes read from the stream the supplier opens. */
    public Multipart file(String name, String filename, String contentType, long length, Supplier<InputStream> content) {
        return file(name, filename, contentType, BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(content), length));
    }

    /** A file part of a length not said in advance, so the body is sent in chunks without a Content-Length. */
    public Multipart file(String name, String filename, String contentType, Supplier<InputStream> content) {
        return file(name, filename, contentType, BodyPublishers.ofInputStream(content));
    }

    private Multipart file(String name, String filename, String contentType, BodyPublisher content) {
        parts.add(new Part(disposition(name) + "; filename=\"" + filename + "\"\r\nContent-Type: " + contentType, content));
        return this;
    }

    /** This form with one more field before all the others, where a page puts its hidden fields. */
    public Multipart withLeadingField(String name, String value) {
        Multipart copy = new Multipart().field(name, value);
        copy.parts.addAll(parts);
        return copy;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The body, with a Content-Length when every part's length is known. */
    public BodyPublisher body() {
        List<BodyPublisher> pieces = new ArrayList<>();
        for (Part part : parts) {
            pieces.add(text("--" + boundary + "\r\n" + part.headers() + "\r\n\r\n"));
            pieces.add(part.content());
            pieces.add(text("\r\n"));
        }
        pieces.add(text("--" + boundary + "--\r\n"));
        return BodyPublishers.concat(pieces.toArray(BodyPublisher[]::new));
    }

    private static String disposition(String name) {
        return "Content-Disposition: form-data; name=\"" + name + "\"";
    }

    private static BodyPublisher text(String text) {
        return BodyPublishers.ofString(text, StandardCharsets.UTF_8);
    }
}
