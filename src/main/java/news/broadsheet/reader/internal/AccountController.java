package news.broadsheet.reader.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.reader.PersonalPages;
import news.broadsheet.reader.ReaderProfile;
import news.broadsheet.reader.Readers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Registering, confirming the address and signing in. */
@Controller
class AccountController {

    private final PersonalPages pages;
    private final Registration registration;
    private final ReaderSessions sessions;
    private final Readers readers;

    AccountController(PersonalPages pages, Registration registration, ReaderSessions sessions, Readers readers) {
        this.pages = pages;
        this.registration = registration;
        this.sessions = sessions;
        this.readers = readers;
    }

    @GetMapping("/account/register")
    ResponseEntity<byte[]> registerForm(HttpServletRequest request) {
        return registerPage(request, HttpStatus.OK, "", "", Map.of(), null);
    }

    @PostMapping("/account/register")
    Object register(HttpServletRequest request, @RequestParam(defaultValue = "") String email,
                    @RequestParam(defaultValue = "") String displayName,
                    @RequestParam(defaultValue = "") String password) {
        Registration.Result result = registration.register(email, displayName, password, request.getRemoteAddr());
        if (result.tooMany()) {
            return registerPage(request, HttpStatus.TOO_MANY_REQUESTS, email, displayName, Map.of(),
                    "Too many registrations from your network in the last hour. Please try again later.");
        }
        if (!result.accepted()) {
            return registerPage(request, HttpStatus.BAD_REQUEST, email, displayName, result.problems(), null);
        }
        return "redirect:/account/registered";
    }

    private ResponseEntity<byte[]> registerPage(HttpServletRequest request, HttpStatus status, String email,
                                                String displayName, Map<String, String> problems, String refusal) {
        return pages.render(request, status, "Register", "/account/register", true, "reader/register.jte", Map.of(
                "email", shortened(email, ReaderInput.MAX_EMAIL),
                "displayName", shortened(displayName, ReaderInput.MAX_DISPLAY_NAME * 2),
                "problems", problems,
                "refusal", Optional.ofNullable(refusal)));
    }

    /** The seed page's "Thank you for registering": the link is on its way; once opened, any page is signed in. */
    @GetMapping("/account/registered")
    ResponseEntity<byte[]> registered(HttpServletRequest request) {
        return pages.render(request, HttpStatus.OK, "Thank you for registering", "/account/registered", false,
                "reader/registered.jte", Map.of("reader", readers.current()));
    }

    @GetMapping("/account/verify")
    Object verify(HttpServletRequest request, HttpServletResponse response,
                  @RequestParam(defaultValue = "") String token) {
        Optional<Long> confirmed = registration.confirm(token);
        if (confirmed.isEmpty()) {
            return pages.render(request, HttpStatus.GONE, "Link expired", "/account/verify", false,
                    "reader/link-invalid.jte", Map.of());
        }
        sessions.signIn(confirmed.get(), request, response);
        return "redirect:/account/welcome";
    }

    @GetMapping("/account/welcome")
    Object welcome(HttpServletRequest request) {
        Optional<ReaderProfile> reader = readers.current();
        if (reader.isEmpty()) {
            return "redirect:" + ReaderSecurity.LOGIN;
        }
        return pages.render(request, HttpStatus.OK, "Welcome", "/account/welcome", false, "reader/welcome.jte",
                Map.of("reader", reader.get()));
    }

    @GetMapping(ReaderSecurity.LOGIN)
    ResponseEntity<byte[]> login(HttpServletRequest request, @RequestParam(required = false) String next) {
        String message = null;
        HttpStatus status = HttpStatus.OK;
        if (request.getParameter("error") != null) {
            message = "That e-mail address and password do not match an account. Check them and try again.";
            status = HttpStatus.UNAUTHORIZED;
        } else if (request.getParameter("locked") != null) {
            message = "Too many sign-in attempts. Please wait 15 minutes and try again.";
            status = HttpStatus.TOO_MANY_REQUESTS;
        } else if (request.getParameter("unconfirmed") != null) {
            message = "Please confirm your e-mail address first: we have sent you the link again.";
            status = HttpStatus.FORBIDDEN;
        }
        return pages.render(request, status, "Sign in", ReaderSecurity.LOGIN, true, "reader/login.jte", Map.of(
                "message", Optional.ofNullable(message),
                "next", SafeRedirect.path(next)));
    }

    static String shortened(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
