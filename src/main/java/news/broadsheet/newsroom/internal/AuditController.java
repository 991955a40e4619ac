package news.broadsheet.newsroom.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import news.broadsheet.audit.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Administrators read who did what, newest first. */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;

    private final NewsroomPages pages;
    private final AuditTrail audit;

    AuditController(NewsroomPages pages, AuditTrail audit) {
        this.pages = pages;
        this.audit = audit;
    }

    @GetMapping("/newsroom/audit")
    ResponseEntity<byte[]> list(@RequestParam(defaultValue = "1") int page, HttpServletRequest request) {
        if (page < 1 || page > 100_000) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        long total = audit.count();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        return this.pages.render(request, "audit", "newsroom/audit.jte", Map.of(
                "events", audit.latest((page - 1) * PAGE_SIZE, PAGE_SIZE), "page", page, "pages", pages));
    }
}
