package news.broadsheet.support.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Base64;
import news.broadsheet.edition.Editions;
import news.broadsheet.platform.RateLimits;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Counts appeal views first-party: the appeal carries a lazily loaded one-pixel image from here, so a view
 * is counted when the appeal comes into sight, with or without JavaScript, while the article page itself
 * stays a shared cached page. Views are counted per edition and day, nothing about the reader is kept,
 * and each address counts at most a few hundred views an hour.
 */
@Controller
class AppealViewsController {

    private static final byte[] PIXEL = Base64.getDecoder()
            .decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
    private static final int VIEWS_PER_ADDRESS_PER_HOUR = 300;

    private final JdbcClient jdbc;
    private final Editions editions;
    private final RateLimits rateLimits;

    AppealViewsController(JdbcClient jdbc, Editions editions, RateLimits rateLimits) {
        this.jdbc = jdbc;
        this.editions = editions;
        this.rateLimits = rateLimits;
    }

    @GetMapping("/support/appeal-seen/{edition:[a-z]{2}}")
    ResponseEntity<byte[]> seen(@PathVariable String edition, HttpServletRequest request) {
        if (editions.find(edition).isPresent()
                && rateLimits.tryAcquire("appeal-view:" + request.getRemoteAddr(), VIEWS_PER_ADDRESS_PER_HOUR,
                Duration.ofHours(1))) {
            jdbc.sql("""
                            insert into appeal_view (edition_code, day, views) values (:edition, (now() at time zone 'UTC')::date, 1)
                            on conflict (edition_code, day) do update set views = appeal_view.views + 1""")
                    .param("edition", edition).update();
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_GIF).body(PIXEL);
    }
}
