package news.broadsheet.newsroom.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Administrators add staff, change their roles and disable accounts. */
@Controller
class StaffController {

    private final NewsroomPages pages;
    private final StaffRepository staff;
    private final StaffService staffService;

    StaffController(NewsroomPages pages, StaffRepository staff, StaffService staffService) {
        this.pages = pages;
        this.staff = staff;
        this.staffService = staffService;
    }

    @GetMapping("/newsroom/staff")
    ResponseEntity<byte[]> list(HttpServletRequest request) {
        return page(request, HttpStatus.OK, Map.of(), Map.of());
    }

    @PostMapping("/newsroom/staff")
    ResponseEntity<byte[]> create(@AuthenticationPrincipal StaffAccount admin,
                                  @RequestParam(defaultValue = "") String email,
                                  @RequestParam(defaultValue = "") String displayName,
                                  @RequestParam(defaultValue = "WRITER") Role role,
                                  @RequestParam(defaultValue = "") String password,
                                  HttpServletRequest request) {
        Map<String, String> problems = staffService.problemsWithNewAccount(email, displayName, password);
        if (!problems.isEmpty()) {
            return page(request, HttpStatus.BAD_REQUEST, problems,
                    Map.of("email", email, "displayName", displayName, "role", role.name()));
        }
        staffService.create(email, displayName, role, password, true, admin.auditName());
        return seeOther("/newsroom/staff?created");
    }

    @PostMapping("/newsroom/staff/{id}/role")
    ResponseEntity<byte[]> changeRole(@AuthenticationPrincipal StaffAccount admin, @PathVariable long id,
                                      @RequestParam Role role) {
        requireOther(admin, id);
        staffService.changeRole(id, role, admin);
        return seeOther("/newsroom/staff");
    }

    @PostMapping("/newsroom/staff/{id}/enabled")
    ResponseEntity<byte[]> setEnabled(@AuthenticationPrincipal StaffAccount admin, @PathVariable long id,
                                      @RequestParam boolean enabled) {
        requireOther(admin, id);
        staffService.setEnabled(id, enabled, admin);
        return seeOther("/newsroom/staff");
    }

    /** An administrator cannot demote or lock out themselves, so the newsroom always keeps one. */
    private void requireOther(StaffAccount admin, long id) {
        if (staff.byId(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (admin.id() == id) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "You cannot change your own role or access");
        }
    }

    private ResponseEntity<byte[]> page(HttpServletRequest request, HttpStatus status, Map<String, String> problems,
                                        Map<String, String> values) {
        return pages.render(request, status, "staff", "newsroom/staff.jte", Map.of(
                "members", staff.all(), "roles", Role.values(), "problems", problems, "values", values,
                "created", request.getParameter("created") != null));
    }

    static ResponseEntity<byte[]> seeOther(String location) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", location).build();
    }
}
