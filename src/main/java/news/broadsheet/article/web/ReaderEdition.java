package news.broadsheet.article.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.Editions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The edition a reader reads in. Opening an edition's front chooses it, and the choice is remembered in a
 * first-party cookie so articles, sections and the home page keep that edition's furniture.
 */
@Component
class ReaderEdition {

    static final String COOKIE = Editions.COOKIE;

    private final Editions editions;

    ReaderEdition(Editions editions) {
        this.editions = editions;
    }

    Edition of(String cookie) {
        return editions.find(cookie).orElseGet(editions::defaultEdition);
    }

    void remember(Edition edition, String cookie, HttpServletResponse response) {
        if (!edition.code().equals(cookie)) {
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, edition.code())
                    .path("/")
                    .maxAge(Duration.ofDays(365))
                    .sameSite("Lax")
                    .httpOnly(true)
                    .build()
                    .toString());
        }
    }
}
