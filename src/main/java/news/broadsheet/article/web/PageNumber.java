package news.broadsheet.article.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Page numbers in list URLs: 1 is the bare URL, anything outside 1..10,000 is a bad request. */
final class PageNumber {

    static final int MAX = 10_000;

    private PageNumber() {
    }

    static int checked(int page) {
        if (page < 1 || page > MAX) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be between 1 and " + MAX);
        }
        return page;
    }

    static String link(String path, int page) {
        return page == 1 ? path : path + "?page=" + page;
    }
}
