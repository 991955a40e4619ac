package news.broadsheet.site.internal;

import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.broadsheet.site.Pages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Answers a request for a public page that this node has already rendered without Spring Security, Spring
 * Session or Spring MVC, which cost several times what sending the bytes does. It answers only a request it
 * has seen answered before: after the ordinary path has answered a GET with a cached page (Pages names it in a
 * request attribute) and a 200 that sets no cookie, the response's headers, the security headers among them,
 * are kept with the page's key, and the same request (see {@link PublicRequest}) is answered from them for as
 * long as that page stays cached. Conditional requests are judged by the same Spring code the ordinary path
 * uses. Everything else, personal requests included, passes through untouched.
 *
 * <p>Headers are copied, not written from configuration, so whatever the security configuration adds reaches
 * these answers too; a header that differed per request would be repeated wrongly, and none does.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CachedPageFilter extends HttpFilter {

    /** Headers Tomcat writes itself on every response, and those judged again for every request. */
    private static final Set<String> NOT_COPIED = caseInsensitive(HttpHeaders.DATE, HttpHeaders.CONNECTION,
            "Keep-Alive", HttpHeaders.TRANSFER_ENCODING, HttpHeaders.SERVER, HttpHeaders.CONTENT_LENGTH,
            HttpHeaders.CONTENT_TYPE, HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED);

    private final PageCache cache;
    private final Pages pages;
    private final Counter answered;

    CachedPageFilter(PageCache cache, Pages pages, MeterRegistry meters) {
        this.cache = cache;
        this.pages = pages;
        this.answered = Counter.builder("broadsheet.pages.fast-path")
                .description("Requests for cached public pages answered ahead of Spring Security and Spring MVC")
                .register(meters);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean get = "GET".equals(request.getMethod());
        if (!(get || "HEAD".equals(request.getMethod())) || pages.isPersonal(request)) {
            chain.doFilter(request, response);
            return;
        }
        PublicRequest publicRequest = PublicRequest.of(request);
        Route route = cache.route(publicRequest);
        CachedPage page = route == null ? null : cache.page(route.key());
        if (page != null && page.page().etag().equals(route.pageEtag())) {
            answered.increment();
            route.answer(request, response, page.variant(publicRequest.gzip()), lastModified(page));
            return;
        }
        chain.doFilter(request, response);
        if (get) {
            remember(publicRequest, request, response);
        }
    }

    private void remember(PublicRequest publicRequest, HttpServletRequest request, HttpServletResponse response) {
        if (!(request.getAttribute(PageCache.ANSWERED_WITH) instanceof PageCache.Answer answer)
                || response.getStatus() != HttpServletResponse.SC_OK
                || response.containsHeader(HttpHeaders.SET_COOKIE)
                // Had Tomcat compressed the bytes itself, the headers would not describe the bytes kept.
                || !Objects.equals(response.getHeader(HttpHeaders.CONTENT_ENCODING), answer.contentEncoding())) {
            return;
        }
        List<Route.Header> headers = new ArrayList<>();
        for (String name : new TreeSet<>(response.getHeaderNames())) {
            if (!NOT_COPIED.contains(name)) {
                headers.add(new Route.Header(name, List.copyOf(response.getHeaders(name))));
            }
        }
        cache.remember(publicRequest, new Route(answer.key(), answer.pageEtag(), response.getContentType(),
                cache.shared(List.copyOf(headers))));
    }

    /** As Spring MVC reads it back from the Last-Modified header: whole seconds, or -1 without one. */
    private static long lastModified(CachedPage page) {
        return page.page().lastModified() == null ? -1
                : page.page().lastModified().truncatedTo(ChronoUnit.SECONDS).toEpochMilli();
    }

    private static Set<String> caseInsensitive(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(List.of(names));
        return set;
    }

    /**
     * How a public request was answered: the cached page's key and ETag, and the response's headers apart
     * from the validators and those Tomcat writes.
     */
    record Route(String key, String pageEtag, String contentType, List<Header> headers) {

        void answer(HttpServletRequest request, HttpServletResponse response, CachedPage.Variant variant,
                    long lastModified) throws IOException {
            for (Header header : headers) {
                for (String value : header.values()) {
                    response.addHeader(header.name(), value);
                }
            }
            response.setContentType(contentType);
            // The check Spring MVC makes for a ResponseEntity: sets 304 (or 412), ETag and Last-Modified.
            if (new ServletWebRequest(request, response).checkNotModified(variant.etag(), lastModified)) {
                return;
            }
            response.setContentLength(variant.body().length);
            response.getOutputStream().write(variant.body());
        }

        record Header(String name, List<String> values) {
        }
    }
}
