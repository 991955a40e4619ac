package news.broadsheet.site.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import news.broadsheet.edition.Editions;
import news.broadsheet.site.Mastheads;
import news.broadsheet.site.PageHead;
import news.broadsheet.site.Pages;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error the container or Spring raises ends here and gets a page in the site's design (or a small
 * JSON body for a client that asked for JSON). Nothing about the failure's cause is shown to the reader.
 */
@Controller
class ErrorPageController implements ErrorController {

    private final Pages pages;
    private final Mastheads mastheads;
    private final Editions editions;

    ErrorPageController(Pages pages, Mastheads mastheads, Editions editions) {
        this.pages = pages;
        this.mastheads = mastheads;
        this.editions = editions;
    }

    @RequestMapping("/error")
    ResponseEntity<?> error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        ErrorPage page = ErrorPage.of(status);
        var response = ResponseEntity.status(status).cacheControl(CacheControl.noStore());
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("application/json") && !accept.contains("text/html")) {
            return response.contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("status", status.value(), "error", page.title(), "message", page.explanation()));
        }
        Map<String, Object> model = Map.of(
                "head", new PageHead(page.title(), page.explanation(), null, List.of(), List.of(), null, false),
                "masthead", mastheads.of(editions.choose(editionCookie(request), null), List.of()),
                "error", page);
        return response.contentType(Pages.HTML).body(pages.render("site/error.jte", model));
    }

    private static String editionCookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        return Arrays.stream(request.getCookies())
                .filter(cookie -> Editions.COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .findFirst().orElse(null);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
