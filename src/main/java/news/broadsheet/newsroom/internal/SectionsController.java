package news.broadsheet.newsroom.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import news.broadsheet.article.FilingChangeRefused;
import news.broadsheet.article.SectionDesk;
import news.broadsheet.article.SectionMove;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators add, rename, reorder and delete the sections of the paper. */
@Controller
class SectionsController {

    private static final String PAGE = "/newsroom/sections";

    private final NewsroomPages pages;
    private final SectionDesk sections;

    SectionsController(NewsroomPages pages, SectionDesk sections) {
        this.pages = pages;
        this.sections = sections;
    }

    @GetMapping(PAGE)
    ResponseEntity<byte[]> list(HttpServletRequest request) {
        return page(request, HttpStatus.OK, Map.of(), Map.of());
    }

    @PostMapping(PAGE)
    ResponseEntity<byte[]> create(@AuthenticationPrincipal StaffAccount admin,
                                  @RequestParam(defaultValue = "") String name,
                                  @RequestParam(defaultValue = "") String slug,
                                  @RequestParam(defaultValue = "") String description,
                                  HttpServletRequest request) {
        try {
            sections.create(name, slug, description, admin.auditName());
        } catch (FilingChangeRefused refused) {
            return page(request, HttpStatus.BAD_REQUEST, refused.problems(),
                    Map.of("name", name, "slug", slug, "description", description));
        }
        return StaffController.seeOther(PAGE + "?changed");
    }

    @PostMapping(PAGE + "/{id}")
    ResponseEntity<byte[]> edit(@AuthenticationPrincipal StaffAccount admin, @PathVariable long id,
                                @RequestParam(defaultValue = "") String name,
                                @RequestParam(defaultValue = "") String description,
                                HttpServletRequest request) {
        return change(request, () -> sections.edit(id, name, description, admin.auditName()));
    }

    @PostMapping(PAGE + "/{id}/move")
    ResponseEntity<byte[]> move(@AuthenticationPrincipal StaffAccount admin, @PathVariable long id,
                                @RequestParam SectionMove to, HttpServletRequest request) {
        return change(request, () -> sections.move(id, to, admin.auditName()));
    }

    @PostMapping(PAGE + "/{id}/delete")
    ResponseEntity<byte[]> delete(@AuthenticationPrincipal StaffAccount admin, @PathVariable long id,
                                  HttpServletRequest request) {
        return change(request, () -> sections.delete(id, admin.auditName()));
    }

    private ResponseEntity<byte[]> change(HttpServletRequest request, Runnable change) {
        try {
            change.run();
        } catch (FilingChangeRefused refused) {
            return page(request, HttpStatus.BAD_REQUEST, refused.problems(), Map.of());
        }
        return StaffController.seeOther(PAGE + "?changed");
    }

    private ResponseEntity<byte[]> page(HttpServletRequest request, HttpStatus status, Map<String, String> problems,
                                        Map<String, String> values) {
        return pages.render(request, status, "sections", "newsroom/sections.jte", Map.of(
                "sections", sections.sectionsInUse(), "problems", problems, "values", values,
                "changed", problems.isEmpty() && request.getParameter("changed") != null));
    }
}
