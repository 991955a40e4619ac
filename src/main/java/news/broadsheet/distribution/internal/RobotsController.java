package news.broadsheet.distribution.internal;

import java.nio.charset.StandardCharsets;
import news.broadsheet.site.Pages;
import news.broadsheet.site.Site;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** robots.txt: crawlers may read the whole paper, not the operators' endpoints, and learn where the sitemap is. */
@Controller
class RobotsController {

    private static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");

    private final Site site;

    RobotsController(Site site) {
        this.site = site;
    }

    @GetMapping("/robots.txt")
    ResponseEntity<byte[]> robots() {
        String robots = """
                User-agent: *
                Disallow: /actuator/

                Sitemap: %s
                """.formatted(site.absolute("/sitemap.xml"));
        return Pages.respond(Pages.page(robots.getBytes(StandardCharsets.UTF_8), TEXT, null));
    }
}
