package news.broadsheet.site.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import news.broadsheet.edition.Editions;
import news.broadsheet.site.Pages;
import org.springframework.http.HttpHeaders;

/**
 * What of a request that is not personal decides which public page answers it: the path and query as sent,
 * the edition cookie (articles, fronts and feeds take the reader's edition from it), whether it came over TLS
 * (Spring Security adds HSTS then), whether the client accepts gzip, and the Accept header, in case a handler
 * is ever chosen by it. Cookies that do change a page ({@link news.broadsheet.site.PersonalCookies}) never reach
 * here; others, such as the CSRF token's, do not change a public page.
 */
record PublicRequest(String uri, String query, String edition, String accept, boolean secure, boolean gzip) {

    static PublicRequest of(HttpServletRequest request) {
        return new PublicRequest(request.getRequestURI(), request.getQueryString(), editionCookie(request),
                request.getHeader(HttpHeaders.ACCEPT), request.isSecure(), Pages.acceptsGzip(request));
    }

    /** The first cookie of that name, as Spring's {@code @CookieValue} reads it. */
    private static String editionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (Editions.COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
