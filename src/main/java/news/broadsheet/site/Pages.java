package news.broadsheet.site;

import java.time.Duration;
import java.time.Instant;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.CRC32C;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.annotation.PostConstruct;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import news.broadsheet.platform.ClusterSignals;
import news.broadsheet.site.internal.CachedPage;
import news.broadsheet.site.internal.PageCache;
import org.springframework.context.event.EventListener;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Renders jte templates to bytes and keeps public pages rendered, so a popular article costs a map lookup
 * rather than queries and a render. Every node drops its pages when any node signals that content changed.
 * Responses carry an ETag and Last-Modified; Spring answers a matching conditional request with 304.
 *
 * <p>A request is <em>personal</em> when it carries the session cookie: staff and signed-in readers see pages
 * made for them (their name in the masthead), so such a request is never answered from the page cache and
 * what is rendered for it is never kept there. Every other request for the same page gets the same bytes,
 * which is what lets {@code CachedPageFilter} answer repeated requests before Spring Security and Spring MVC.
 */
@Component
public class Pages {

    public static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");
    /** Spring Session's cookie; only staff and signed-in readers have one, as public pages open no session. */
    public static final String SESSION_COOKIE = "SESSION";
    private static final String CHANNEL = "content_changed";
    private static final CacheControl PUBLIC_PAGE = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();
    /** A personal page may stay in the reader's browser, which asks again (its ETag saves the bytes) each time. */
    private static final CacheControl PERSONAL_PAGE = CacheControl.noCache().cachePrivate();
    /*
     * Vary: Cookie stays although personal pages are private: the edition cookie chooses which edition's
     * page (time zone, date style, appeal) a reader gets at the same URL, so a shared cache that ignored
     * cookies would give one edition's readers the other's. Accept-Encoding chooses between the gzipped and
     * the plain bytes.
     */
    private static final String[] VARY = {HttpHeaders.ACCEPT_ENCODING, HttpHeaders.COOKIE};

    private final TemplateEngine templates;
    private final Set<String> personalCookies;
    private final ClusterSignals signals;
    private final PageCache cache;

    Pages(TemplateEngine templates, ClusterSignals signals, PageCache cache, List<PersonalCookies> personal) {
        this.templates = templates;
        this.signals = signals;
        this.cache = cache;
        Set<String> names = new HashSet<>(Set.of(SESSION_COOKIE));
        personal.forEach(cookies -> names.addAll(cookies.names()));
        this.personalCookies = Set.copyOf(names);
    }

    @PostConstruct
    void listenForChanges() {
        signals.subscribe(CHANNEL, payload -> cache.dropAll());
    }

    /** Tells the other nodes; the NOTIFY goes out when the change's transaction commits. */
    @EventListener
    void signalOtherNodes(ContentChanged change) {
        signals.signal(CHANNEL, change.what());
    }

    /** Drops this node's pages as soon as the change is committed, without waiting for the signal. */
    @TransactionalEventListener(fallbackExecution = true)
    void dropOwnPages(ContentChanged change) {
        cache.dropAll();
    }

    /**
     * Whether the request is made for someone in particular: it carries the session cookie or another module's
     * {@link PersonalCookies}.
     */
    public boolean isPersonal(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (personalCookies.contains(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the client accepts gzip (RFC 9110 12.5.3): named, or covered by {@code *}, with a weight above
     * zero; a weight that cannot be read counts as zero.
     */
    public static boolean acceptsGzip(HttpServletRequest request) {
        Boolean gzip = null;
        boolean any = false;
        Enumeration<String> headers = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
        while (headers.hasMoreElements()) {
            for (String coding : headers.nextElement().split(",")) {
                String[] parts = coding.split(";");
                String name = parts[0].strip();
                boolean accepted = weight(parts) > 0;
                if (name.equalsIgnoreCase("gzip") || name.equalsIgnoreCase("x-gzip")) {
                    gzip = accepted;
                } else if (name.equals("*")) {
                    any = accepted;
                }
            }
        }
        return gzip != null ? gzip : any;
    }

    private static double weight(String[] codingParts) {
        for (int i = 1; i < codingParts.length; i++) {
            String parameter = codingParts[i].strip();
            if (parameter.length() > 2 && parameter.regionMatches(true, 0, "q=", 0, 2)) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    public byte[] render(String template, Map<String, Object> model) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        templates.render(template, model, output);
        return output.toByteArray();
    }

    public RenderedPage html(String template, Map<String, Object> model, Instant lastModified) {
        return page(render(template, model), HTML, lastModified);
    }

    public static RenderedPage page(byte[] body, MediaType contentType, Instant lastModified) {
        CRC32C crc = new CRC32C();
        crc.update(body);
        String etag = "\"" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(body.length) + "\"";
        return new RenderedPage(body, contentType, lastModified, etag);
    }

    /**
     * The page under this key, rendered now if no node has rendered it since content last changed, gzipped
     * for clients that accept it. A personal request gets a page rendered for it alone.
     */
    public ResponseEntity<byte[]> cached(String key, Supplier<RenderedPage> render) {
        HttpServletRequest request = currentRequest();
        if (request != null && isPersonal(request)) {
            return respond(render.get(), PERSONAL_PAGE, VARY);
        }
        CachedPage page = cache.page(key);
        boolean kept = true;
        if (page == null) {
            long renderedIn = cache.generation();
            page = CachedPage.of(render.get());
            kept = cache.keep(key, page, renderedIn);
        }
        if (request == null) {
            return respond(page.page());
        }
        CachedPage.Variant variant = page.variant(acceptsGzip(request));
        if (kept) {
            request.setAttribute(PageCache.ANSWERED_WITH,
                    new PageCache.Answer(key, page.page().etag(), variant.contentEncoding()));
        }
        var response = headers(page.page(), PUBLIC_PAGE, VARY).eTag(variant.etag());
        if (variant.contentEncoding() != null) {
            response.header(HttpHeaders.CONTENT_ENCODING, variant.contentEncoding());
        }
        return response.body(variant.body());
    }

    /**
     * The page under this key, kept like {@link #cached}, for a controller that completes it before sending it
     * (the article page gets its discussion); a personal request gets a page rendered for it alone.
     */
    public RenderedPage cachedPage(String key, Supplier<RenderedPage> render) {
        HttpServletRequest request = currentRequest();
        if (request != null && isPersonal(request)) {
            return render.get();
        }
        CachedPage page = cache.page(key);
        if (page == null) {
            long renderedIn = cache.generation();
            page = CachedPage.unsent(render.get());
            cache.keep(key, page, renderedIn);
        }
        return page.page();
    }

    /**
     * Drops this node's pages whose keys start with the prefix, for a change that concerns only them (a new
     * comment concerns one article's discussion); the caller tells the other nodes.
     */
    public void forget(String keyPrefix) {
        cache.dropStartingWith(keyPrefix);
    }

    public static ResponseEntity<byte[]> respond(RenderedPage page) {
        return respond(page, PUBLIC_PAGE, HttpHeaders.COOKIE);
    }

    private static ResponseEntity<byte[]> respond(RenderedPage page, CacheControl cacheControl, String... vary) {
        return headers(page, cacheControl, vary).eTag(page.etag()).body(page.body());
    }

    private static ResponseEntity.BodyBuilder headers(RenderedPage page, CacheControl cacheControl, String... vary) {
        var response = ResponseEntity.ok()
                .cacheControl(cacheControl)
                .varyBy(vary)
                .contentType(page.contentType());
        if (page.lastModified() != null) {
            response.lastModified(page.lastModified());
        }
        return response;
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
