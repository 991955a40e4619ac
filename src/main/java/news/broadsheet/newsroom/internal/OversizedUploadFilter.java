package news.broadsheet.newsroom.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Reads a multipart body before the CSRF check looks in it for the token. The container refuses a body over
 * the multipart limits (spring.servlet.multipart) without storing it, but then reports the form as having no
 * fields, so without this filter an oversized upload would be answered as a forgery (403) instead of as what
 * it is (413 Content Too Large).
 */
class OversizedUploadFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isMultipartPost(request)) {
            try {
                request.getParts();
            } catch (IllegalStateException overLimit) {
                refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, new MaxUploadSizeExceededException(-1, overLimit));
                return;
            } catch (ServletException malformed) {
                refuse(request, response, HttpStatus.BAD_REQUEST, new MultipartException("Malformed multipart body", malformed));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Answers with the site's error page. The failure goes with the request so that the error page's own
     * dispatch knows the body was refused and does not try to read it again.
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                               MultipartException failure) throws IOException {
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
        response.sendError(status.value());
    }

    private static boolean isMultipartPost(HttpServletRequest request) {
        String contentType = request.getContentType();
        return "POST".equals(request.getMethod()) && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }
}
