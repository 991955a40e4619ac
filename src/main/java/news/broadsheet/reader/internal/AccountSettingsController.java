package news.broadsheet.reader.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.reader.AccountPreferences;
import news.broadsheet.reader.PersonalPages;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /account}: the signed-in reader's name and bio, address, password, whom they follow and mute, the
 * choices other modules add ({@link AccountPreferences}), data and deletion.
 */
@Controller
class AccountSettingsController {

    private static final Map<String, String> NOTICES = Map.of(
            "saved", "Your profile is saved.",
            "email-sent", "We have sent a link to your new address. Your address changes when you open it.",
            "email-changed", "Your e-mail address is changed.",
            "password-changed", "Your password is changed. Every other device was signed out.",
            "password-reset", "Your new password is set and you are signed in. Every other device was signed out.",
            "preferences-saved", "Your choices are saved.");

    private final PersonalPages pages;
    private final ReaderRepository readers;
    private final AccountSettings settings;
    private final ReaderSessions sessions;
    private final JdbcReaderRelations relations;
    private final ReaderLimits limits;
    private final List<AccountPreferences> preferences;

    AccountSettingsController(PersonalPages pages, ReaderRepository readers, AccountSettings settings,
                              ReaderSessions sessions, JdbcReaderRelations relations, ReaderLimits limits,
                              List<AccountPreferences> preferences) {
        this.pages = pages;
        this.readers = readers;
        this.settings = settings;
        this.sessions = sessions;
        this.relations = relations;
        this.limits = limits;
        this.preferences = preferences;
    }

    @GetMapping("/account")
    ResponseEntity<byte[]> account(HttpServletRequest request) {
        StoredReader reader = signedIn();
        String notice = NOTICES.entrySet().stream()
                .filter(entry -> request.getParameter(entry.getKey()) != null)
                .map(Map.Entry::getValue)
                .findFirst().orElse(null);
        return page(request, HttpStatus.OK, reader, Map.of("displayName", reader.displayName(), "bio", reader.bio(),
                "newEmail", ""), Map.of(), notice);
    }

    @PostMapping("/account/profile")
    Object profile(HttpServletRequest request, @RequestParam(defaultValue = "") String displayName,
                   @RequestParam(defaultValue = "") String bio) {
        StoredReader reader = signedIn();
        Map<String, String> problems = settings.updateProfile(reader.id(), displayName, bio);
        if (!problems.isEmpty()) {
            return page(request, HttpStatus.BAD_REQUEST, reader, Map.of(
                    "displayName", AccountController.shortened(displayName, ReaderInput.MAX_DISPLAY_NAME * 2),
                    "bio", AccountController.shortened(bio, ReaderInput.MAX_BIO * 2), "newEmail", ""), problems, null);
        }
        return "redirect:/account?saved";
    }

    @PostMapping("/account/preferences/{key}")
    Object savePreferences(HttpServletRequest request, @PathVariable String key,
                           @RequestParam Map<String, String> choices) {
        StoredReader reader = signedIn();
        AccountPreferences group = preferences.stream().filter(candidate -> candidate.key().equals(key)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<String> problem = limits.profileEditAllowed(reader.id())
                ? group.save(reader.id(), choices)
                : Optional.of("You have changed your account many times in the last hour. Please try again later.");
        if (problem.isPresent()) {
            return page(request, HttpStatus.BAD_REQUEST, reader, Map.of("displayName", reader.displayName(),
                    "bio", reader.bio(), "newEmail", ""), Map.of(key, problem.get()), null);
        }
        return "redirect:/account?preferences-saved";
    }

    @PostMapping("/account/email")
    Object email(HttpServletRequest request, @RequestParam(defaultValue = "") String newEmail,
                 @RequestParam(defaultValue = "") String password) {
        StoredReader reader = signedIn();
        Map<String, String> problems = settings.requestEmailChange(reader.id(), newEmail, password, request.getRemoteAddr());
        if (!problems.isEmpty()) {
            return page(request, HttpStatus.BAD_REQUEST, reader, Map.of("displayName", reader.displayName(),
                    "bio", reader.bio(), "newEmail", AccountController.shortened(newEmail, ReaderInput.MAX_EMAIL)),
                    problems, null);
        }
        return "redirect:/account?email-sent";
    }

    @GetMapping("/account/email/confirm")
    Object confirmEmail(HttpServletRequest request, @RequestParam(defaultValue = "") String token) {
        return switch (settings.confirmEmailChange(token)) {
            case CHANGED -> "redirect:/account?email-changed";
            case TAKEN -> pages.render(request, HttpStatus.CONFLICT, "Address in use", "/account/email/confirm", false,
                    "reader/email-taken.jte", Map.of());
            case INVALID_LINK -> pages.render(request, HttpStatus.GONE, "Link expired", "/account/email/confirm", false,
                    "reader/link-invalid.jte", Map.of());
        };
    }

    @PostMapping("/account/password")
    Object password(HttpServletRequest request, HttpServletResponse response,
                    @RequestParam(defaultValue = "") String currentPassword,
                    @RequestParam(defaultValue = "") String newPassword) {
        StoredReader reader = signedIn();
        Optional<Map<String, String>> problems = settings.changePassword(reader.id(), currentPassword, newPassword,
                request.getRemoteAddr());
        if (problems.isPresent()) {
            return page(request, HttpStatus.BAD_REQUEST, reader, Map.of("displayName", reader.displayName(),
                    "bio", reader.bio(), "newEmail", ""), problems.get(), null);
        }
        sessions.signIn(reader.id(), request, response);
        return "redirect:/account?password-changed";
    }

    @PostMapping("/account/delete")
    Object delete(HttpServletRequest request, HttpServletResponse response,
                  @RequestParam(defaultValue = "") String password,
                  @RequestParam(defaultValue = "") String comments) {
        StoredReader reader = signedIn();
        if (!comments.equals("keep") && !comments.equals("remove")) {
            return page(request, HttpStatus.BAD_REQUEST, reader, Map.of("displayName", reader.displayName(),
                    "bio", reader.bio(), "newEmail", ""),
                    Map.of("comments", "Choose whether to keep or remove your comments."), null);
        }
        Optional<String> problem = settings.delete(reader.id(), password, comments.equals("keep"), request.getRemoteAddr());
        if (problem.isPresent()) {
            return page(request, HttpStatus.BAD_REQUEST, reader, Map.of("displayName", reader.displayName(),
                    "bio", reader.bio(), "newEmail", ""), Map.of("deletePassword", problem.get()), null);
        }
        sessions.signOut(request, response);
        return "redirect:/account/deleted";
    }

    @GetMapping("/account/deleted")
    ResponseEntity<byte[]> deleted(HttpServletRequest request) {
        return pages.render(request, HttpStatus.OK, "Account deleted", "/account/deleted", false,
                "reader/deleted.jte", Map.of());
    }

    private ResponseEntity<byte[]> page(HttpServletRequest request, HttpStatus status, StoredReader reader,
                                        Map<String, String> values, Map<String, String> problems, String notice) {
        Map<String, Object> model = new HashMap<>();
        model.put("reader", reader);
        model.put("values", values);
        model.put("problems", problems);
        model.put("notice", Optional.ofNullable(notice));
        model.put("followed", relations.followedProfiles(reader.id()));
        model.put("muted", relations.mutedProfiles(reader.id()));
        model.put("preferences", preferences.stream()
                .map(group -> new PreferenceGroup(group.key(), group.heading(), group.preferencesOf(reader.id())))
                .toList());
        return pages.render(request, status, "Your account", "/account", false, "reader/account.jte", model);
    }

    /** The signed-in reader; these URLs are open only to one, so a missing one is a bug, not a visitor. */
    private StoredReader signedIn() {
        return ReaderSessions.signedInId().flatMap(readers::byId)
                .orElseThrow(() -> new IllegalStateException("No reader is signed in"));
    }
}
