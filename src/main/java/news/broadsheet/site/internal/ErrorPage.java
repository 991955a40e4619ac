package news.broadsheet.site.internal;

import org.springframework.http.HttpStatus;

/** What an error page says: plain words for a reader, never the failure's internals. */
public record ErrorPage(int status, String title, String explanation) {

    static ErrorPage of(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> new ErrorPage(404, "Page not found",
                    "We could not find that page. It may have moved, or the address may be mistyped.");
            case BAD_REQUEST -> new ErrorPage(400, "Bad request",
                    "Something in that address was not understood, such as a page number that is not a number.");
            case METHOD_NOT_ALLOWED -> new ErrorPage(405, "Not allowed", "That page cannot be used that way.");
            case FORBIDDEN -> new ErrorPage(403, "Forbidden", "You do not have permission to do that.");
            case CONTENT_TOO_LARGE -> new ErrorPage(413, "Too large",
                    "What you sent is larger than this site accepts. Pictures can be at most 20 MB: choose a smaller file and try again.");
            case TOO_MANY_REQUESTS -> new ErrorPage(429, "Too many requests", "Please wait a moment and try again.");
            default -> status.is4xxClientError()
                    ? new ErrorPage(status.value(), "Request refused", "That request could not be handled.")
                    : new ErrorPage(status.value(), "Something went wrong",
                            "We are sorry: the page could not be shown. Please try again in a moment.");
        };
    }
}
