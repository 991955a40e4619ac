package news.broadsheet.newsroom.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Map;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionChangeRefused;
import news.broadsheet.edition.EditionDesk;
import news.broadsheet.edition.EditionSettings;
import news.broadsheet.edition.Editions;
import news.broadsheet.site.ContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Administrators change each edition's name, time zone, date style, appeal and whether articles tagged
 * "breaking" send alerts by themselves, previewing them first. Every
 * public page shows these, so a change drops every cached page.
 */
@Controller
class EditionsController {

    private final NewsroomPages pages;
    private final Editions editions;
    private final EditionDesk desk;
    private final ApplicationEventPublisher events;

    EditionsController(NewsroomPages pages, Editions editions, EditionDesk desk, ApplicationEventPublisher events) {
        this.pages = pages;
        this.editions = editions;
        this.desk = desk;
        this.events = events;
    }

    @GetMapping("/newsroom/editions")
    ResponseEntity<byte[]> list(HttpServletRequest request) {
        return pages.render(request, "editions", "newsroom/editions.jte", Map.of("editions", editions.all(),
                "now", Instant.now(), "changed", request.getParameter("changed") != null));
    }

    @GetMapping("/newsroom/editions/{code:[a-z]{2}}")
    ResponseEntity<byte[]> form(@PathVariable String code, HttpServletRequest request) {
        EditionSettings settings = desk.settings(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return page(request, HttpStatus.OK, settings, Map.of(), false);
    }

    /** Saves the settings, or with {@code action=preview} shows them as readers would see them without saving. */
    @PostMapping("/newsroom/editions/{code:[a-z]{2}}")
    ResponseEntity<byte[]> change(@AuthenticationPrincipal StaffAccount admin, @PathVariable String code,
                                  @RequestParam(defaultValue = "") String name,
                                  @RequestParam(defaultValue = "") String timeZone,
                                  @RequestParam(defaultValue = "") String datePattern,
                                  @RequestParam(defaultValue = "") String appealHeading,
                                  @RequestParam(defaultValue = "") String appealBody,
                                  @RequestParam(defaultValue = "false") boolean breakingAlerts,
                                  @RequestParam(defaultValue = "save") String action,
                                  HttpServletRequest request) {
        desk.settings(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        EditionSettings settings = new EditionSettings(code, name.strip(), timeZone.strip(), datePattern.strip(),
                appealHeading.strip(), withNewlines(appealBody).strip(), breakingAlerts);
        if (action.equals("preview")) {
            Map<String, String> problems = desk.problemsWith(settings);
            return page(request, problems.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST, settings, problems, true);
        }
        try {
            desk.change(settings, admin.auditName());
        } catch (EditionChangeRefused refused) {
            return page(request, HttpStatus.BAD_REQUEST, settings, refused.problems(), false);
        }
        events.publishEvent(new ContentChanged("edition"));
        return StaffController.seeOther("/newsroom/editions?changed");
    }

    /** Browsers send a textarea's line breaks as CR LF; stored and counted, each is one character. */
    private static String withNewlines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private ResponseEntity<byte[]> page(HttpServletRequest request, HttpStatus status, EditionSettings settings,
                                        Map<String, String> problems, boolean previewed) {
        Edition preview = problems.isEmpty() ? desk.preview(settings) : null;
        return pages.render(request, status, "editions", "newsroom/edition.jte", Map.of("form",
                new EditionForm(settings, preview, problems, previewed, Instant.now())));
    }
}
