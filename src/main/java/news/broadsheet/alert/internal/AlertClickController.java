package news.broadsheet.alert.internal;

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
 */
@Controller
class AlertClickController {

    private final Alerts alerts;

    AlertClickController(Alerts alerts) {
        this.alerts = alerts;
    }

    @GetMapping("/alerts/{id}/open")
    ResponseEntity<Void> open(@PathVariable long id, @RequestParam(defaultValue = "/") String to) {
        alerts.clicked(id);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .cacheControl(CacheControl.noStore())
                .header("Location", SameSitePaths.isSameSite(to) ? to : "/")
                .build();
    }
}
