package news.broadsheet.newsroom.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import news.broadsheet.article.FilingChangeRefused;
import news.broadsheet.article.TopicDesk;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators tidy the topics writers create: rename them, merge duplicates, delete unused ones. */
@Controller
class TopicsController {

    private static final String PAGE = "/newsroom/topics";

    private final NewsroomPages pages;
    private final TopicDesk topics;

    TopicsController(NewsroomPages pages, TopicDesk topics) {
        this.pages = pages;
        this.topics = topics;
    }

    @GetMapping(PAGE)
    ResponseEntity<byte[]> list(HttpServletRequest request) {
        return page(request, HttpStatus.OK, Map.of());
    }

    @PostMapping(PAGE + "/{id}")
    ResponseEntity<byte[]> rename(@AuthenticationPrincipal StaffAccount admin, @PathVariable long id,
                                  @RequestParam(defaultValue = "") String name, HttpServletRequest request) {
        return change(request, () -> topics.rename(id, name, admin.auditName()));
    }

    @PostMapping(PAGE + "/{id}/merge")
    ResponseEntity<byte[]> merge(@AuthenticationPrincipal StaffAccount admin, @PathVariable long id,
                                 @RequestParam long into, HttpServletRequest request) {
        return change(request, () -> topics.merge(id, into, admin.auditName()));
    }

    @PostMapping(PAGE + "/{id}/delete")
    ResponseEntity<byte[]> delete(@AuthenticationPrincipal StaffAccount admin, @PathVariable long id,
                                  HttpServletRequest request) {
        return change(request, () -> topics.delete(id, admin.auditName()));
    }

    private ResponseEntity<byte[]> change(HttpServletRequest request, Runnable change) {
        try {
            change.run();
        } catch (FilingChangeRefused refused) {
            return page(request, HttpStatus.BAD_REQUEST, refused.problems());
        }
        return StaffController.seeOther(PAGE + "?changed");
    }

    private ResponseEntity<byte[]> page(HttpServletRequest request, HttpStatus status, Map<String, String> problems) {
        return pages.render(request, status, "topics", "newsroom/topics.jte", Map.of(
                "topics", topics.topicsInUse(), "problems", problems,
                "changed", problems.isEmpty() && request.getParameter("changed") != null));
    }
}
