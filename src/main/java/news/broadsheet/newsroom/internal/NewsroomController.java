package news.broadsheet.newsroom.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Signing in and choosing one's own password. */
@Controller
class NewsroomController {

    private final NewsroomPages pages;
    private final StaffService staffService;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    NewsroomController(NewsroomPages pages, StaffService staffService) {
        this.pages = pages;
        this.staffService = staffService;
    }

    @GetMapping(NewsroomSecurityConfiguration.LOGIN)
    ResponseEntity<byte[]> login(HttpServletRequest request) {
        String message = null;
        if (request.getParameter("error") != null) {
            message = "That e-mail address and password do not match an account.";
        } else if (request.getParameter("locked") != null) {
            message = "Too many sign-in attempts. Wait 15 minutes and try again.";
        } else if (request.getParameter("signed-out") != null) {
            message = "You have signed out.";
        }
        return pages.render(request, "login", "newsroom/login.jte", message == null ? Map.of() : Map.of("message", message));
    }

    @GetMapping(PasswordChangeFilter.PASSWORD_PAGE)
    ResponseEntity<byte[]> passwordForm(HttpServletRequest request) {
        return pages.render(request, "password", "newsroom/password.jte", Map.of("problems", Map.of()));
    }

    @PostMapping(PasswordChangeFilter.PASSWORD_PAGE)
    ResponseEntity<byte[]> changePassword(@AuthenticationPrincipal StaffAccount staff,
                                          @RequestParam(defaultValue = "") String current,
                                          @RequestParam(defaultValue = "") String password,
                                          @RequestParam(defaultValue = "") String confirmation,
                                          HttpServletRequest request, HttpServletResponse response) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!staffService.passwordMatches(staff, current)) {
            problems.put("current", "That is not your current password.");
        }
        StaffService.passwordProblem(password, staff.email()).ifPresent(problem -> problems.put("password", problem));
        if (!password.equals(confirmation)) {
            problems.put("confirmation", "The two new passwords are not the same.");
        } else if (password.equals(current)) {
            problems.put("password", "Choose a password different from the current one.");
        }
        if (!problems.isEmpty()) {
            return pages.render(request, HttpStatus.BAD_REQUEST, "password", "newsroom/password.jte",
                    Map.of("problems", problems));
        }
        staffService.changeOwnPassword(staff, password);
        StaffAccount updated = staff.withPasswordChanged();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", "/newsroom?password-changed").build();
    }
}
