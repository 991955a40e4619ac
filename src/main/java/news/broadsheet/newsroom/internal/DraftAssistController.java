package news.broadsheet.newsroom.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import news.broadsheet.article.Newsdesk;
import news.broadsheet.edition.Editions;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What newsroom.js asks for while someone types: the body rendered exactly as the public page renders it,
 * and autosaves that keep work in progress without making a revision or changing the version.
 */
@RestController
class DraftAssistController {

    record PreviewRequest(String markdown) {
    }

    record AutosaveRequest(String headline, String standfirst, String body) {
    }

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final Newsdesk newsdesk;
    private final ArticleAccess access;
    private final ZoneId newsroomZone;

    DraftAssistController(Newsdesk newsdesk, ArticleAccess access, Editions editions) {
        this.newsdesk = newsdesk;
        this.access = access;
        this.newsroomZone = editions.defaultEdition().zone();
    }

    @PostMapping("/newsroom/preview")
    ResponseEntity<Map<String, String>> preview(@RequestBody PreviewRequest request) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(Map.of("html", newsdesk.preview(request.markdown())));
    }

    @PostMapping("/newsroom/articles/{id}/autosave")
    ResponseEntity<Map<String, String>> autosave(@AuthenticationPrincipal StaffAccount staff, @PathVariable long id,
                                                 @RequestBody AutosaveRequest request) {
        access.editable(staff, id);
        newsdesk.autosave(id, ArticleAccess.actor(staff), request.headline(), request.standfirst(), request.body());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(Map.of("savedAt", CLOCK.format(Instant.now().atZone(newsroomZone))));
    }
}
