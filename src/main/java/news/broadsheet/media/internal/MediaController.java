package news.broadsheet.media.internal;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Serves picture variants. Their bytes never change under a URL, so browsers and proxies may keep them a year. */
@RestController
class MediaController {

    private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final JdbcClient jdbc;

    MediaController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/media/{id:\\d{1,18}}/{width:\\d{1,5}}.jpg")
    ResponseEntity<byte[]> variant(@PathVariable long id, @PathVariable int width) {
        return jdbc.sql("select bytes from image_variant where image_id = :id and width = :width")
                .param("id", id)
                .param("width", width)
                .query(byte[].class)
                .optional()
                .map(bytes -> ResponseEntity.ok()
                        .cacheControl(FOREVER)
                        .eTag("\"" + id + "-" + width + "\"")
                        .contentType(MediaType.IMAGE_JPEG)
                        .body(bytes))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
