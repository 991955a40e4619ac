package news.broadsheet.site;

import java.time.Instant;
import org.springframework.http.MediaType;

/** A page rendered once and served many times. */
public record RenderedPage(byte[] body, MediaType contentType, Instant lastModified, String etag) {
}
