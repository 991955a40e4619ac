package news.broadsheet.support.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.http.ResponseCookie;

/**
 * The two first-party cookies that change what a guest's article page shows: one set on the thank-you page
 * (the appeal becomes a thank-you for a month), one when the reader dismisses the appeal (gone for two
 * weeks). They hold no identity, only "1"; support.js sets the dismissal cookie itself, with the same name
 * and lifetime, when JavaScript runs.
 */
final class AppealCookies {

    static final String SUPPORTED = "supported";
    static final String DISMISSED = "appeal_dismissed";
    static final Duration THANKS_FOR = Duration.ofDays(30);
    static final Duration DISMISSED_FOR = Duration.ofDays(14);

    private AppealCookies() {
    }

    static boolean has(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    static ResponseCookie cookie(String name, Duration lifetime) {
        return ResponseCookie.from(name, "1").path("/").maxAge(lifetime).sameSite("Lax").build();
    }
}
