package news.broadsheet.alert.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import news.broadsheet.platform.RateLimits;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where an alert's notification leads when clicked: counts the open here, first-party, then sends the
 * reader on to the story. Only a path on this site is followed, so the address cannot be used to send
 * readers elsewhere under the site's name.
 *
 * <p>One address counts at most {@link #COUNTED_OPENS_PER_ADDRESS} opens of an alert an hour, so a script
 * cannot inflate an alert's click-through; a few are allowed because households and mobile networks put
 * many readers behind one address. Opens beyond that still lead to the story, they are only not counted.
 */
@Controller
class AlertClickController {

    static final int COUNTED_OPENS_PER_ADDRESS = 5;
    private static final Duration WINDOW = Duration.ofHours(1);

    private final Alerts alerts;
    private final RateLimits rateLimits;

    AlertClickController(Alerts alerts, RateLimits rateLimits) {
        this.alerts = alerts;
        this.rateLimits = rateLimits;
    }

    @GetMapping("/alerts/{id}/open")
    ResponseEntity<Void> open(@PathVariable long id, @RequestParam(defaultValue = "/") String to,
                              HttpServletRequest request) {
        if (rateLimits.tryAcquire("alert-open:" + id + ":" + request.getRemoteAddr(), COUNTED_OPENS_PER_ADDRESS, WINDOW)) {
            alerts.clicked(id);
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .cacheControl(CacheControl.noStore())
                .header("Location", SameSitePaths.isSameSite(to) ? to : "/")
                .build();
    }
}
