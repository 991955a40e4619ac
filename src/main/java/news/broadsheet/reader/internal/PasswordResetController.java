package news.broadsheet.reader.internal;

import news.broadsheet.reader.PersonalPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Forgotten your password?": ask for a link, then choose a new password through it. */
@Controller
class PasswordResetController {

    private final PersonalPages pages;
    private final PasswordReset reset;
    private final ReaderSessions sessions;

    PasswordResetController(PersonalPages pages, PasswordReset reset, ReaderSessions sessions) {
        this.pages = pages;
        this.reset = reset;
        this.sessions = sessions;
    }

    @GetMapping("/account/reset")
    ResponseEntity<byte[]> form(HttpServletRequest request) {
        return requestPage(request, HttpStatus.OK, "", null);
    }

    @PostMapping("/account/reset")
    Object request(HttpServletRequest request, @RequestParam(defaultValue = "") String email) {
        PasswordReset.Request asked = reset.request(email, request.getRemoteAddr());
        if (asked.tooMany()) {
            return requestPage(request, HttpStatus.TOO_MANY_REQUESTS, email,
                    "Too many requests from your network in the last hour. Please try again later.");
        }
        if (asked.problem() != null) {
            return requestPage(request, HttpStatus.BAD_REQUEST, email, asked.problem());
        }
        return "redirect:/account/reset/sent";
    }

    @GetMapping("/account/reset/sent")
    ResponseEntity<byte[]> sent(HttpServletRequest request) {
        return pages.render(request, HttpStatus.OK, "Check your e-mail", "/account/reset/sent", false,
                "reader/reset-sent.jte", Map.of());
    }

    @GetMapping("/account/reset/choose")
    ResponseEntity<byte[]> chooseForm(HttpServletRequest request, @RequestParam(defaultValue = "") String token) {
        if (!reset.usable(token)) {
            return invalidLink(request);
        }
        return choosePage(request, HttpStatus.OK, token, null);
    }

    @PostMapping("/account/reset/choose")
    Object choose(HttpServletRequest request, HttpServletResponse response,
                  @RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password) {
        ReaderInput.Checked checked = ReaderInput.password(password);
        if (checked.refused()) {
            return reset.usable(token) ? choosePage(request, HttpStatus.BAD_REQUEST, token, checked.problem())
                    : invalidLink(request);
        }
        Optional<Long> reader = reset.complete(token, checked.value());
        if (reader.isEmpty()) {
            return invalidLink(request);
        }
        sessions.signIn(reader.get(), request, response);
        return "redirect:/account?password-reset";
    }

    private ResponseEntity<byte[]> requestPage(HttpServletRequest request, HttpStatus status, String email, String problem) {
        return pages.render(request, status, "Forgotten your password?", "/account/reset", false, "reader/reset.jte",
                Map.of("email", AccountController.shortened(email, ReaderInput.MAX_EMAIL),
                        "problem", Optional.ofNullable(problem)));
    }

    private ResponseEntity<byte[]> choosePage(HttpServletRequest request, HttpStatus status, String token, String problem) {
        return pages.render(request, status, "Choose a new password", "/account/reset/choose", false,
                "reader/reset-choose.jte", Map.of("token", token, "problem", Optional.ofNullable(problem)));
    }

    private ResponseEntity<byte[]> invalidLink(HttpServletRequest request) {
        return pages.render(request, HttpStatus.GONE, "Link expired", "/account/reset/choose", false,
                "reader/link-invalid.jte", Map.of());
    }
}
