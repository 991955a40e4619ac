package news.broadsheet.site.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * This node's rendered public pages by key, and which requests were answered with which page, so that
 * {@link CachedPageFilter} can answer the same request again without Spring Security and Spring MVC. Both are
 * dropped together whenever content changes.
 */
@Component
public class PageCache {

    /** The request attribute under which {@code Pages} names the cached page it answered with. */
    public static final String ANSWERED_WITH = PageCache.class.getName() + ".answeredWith";

    private static final Duration LIFETIME = Duration.ofMinutes(10);

    private final Cache<String, CachedPage> pages = Caffeine.newBuilder()
            .maximumWeight(64L * 1024 * 1024)
            .weigher((String key, CachedPage page) -> page.page().body().length
                    + (page.gzipped() == null ? 0 : page.gzipped().length) + key.length())
            .expireAfterWrite(LIFETIME)
            .build();
    /** Bounded by count: every distinct query string or edition cookie value is a request of its own. */
    private final Cache<PublicRequest, CachedPageFilter.Route> routes = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterWrite(LIFETIME)
            .build();
    /**
     * The distinct sets of headers routes were answered with: a few per kind of page, where every route
     * holding its own copy would cost about a kilobyte each.
     */
    private final Cache<List<CachedPageFilter.Route.Header>, List<CachedPageFilter.Route.Header>> headerSets =
            Caffeine.newBuilder().maximumSize(200).build();
    /** Counts invalidations, so a page rendered from content that changed meanwhile is served but not kept. */
    private final AtomicLong generation = new AtomicLong();

    public CachedPage page(String key) {
        return pages.getIfPresent(key);
    }

    public long generation() {
        return generation.get();
    }

    /** Keeps the page unless content changed since {@code renderedIn}; says whether it was kept. */
    public boolean keep(String key, CachedPage page, long renderedIn) {
        if (generation.get() != renderedIn) {
            return false;
        }
        pages.put(key, page);
        // A drop that ran between the check and the put could not see the page, so take it out again.
        if (generation.get() != renderedIn) {
            pages.invalidate(key);
            return false;
        }
        return true;
    }

    public void dropAll() {
        generation.incrementAndGet();
        pages.invalidateAll();
        routes.invalidateAll();
    }

    /**
     * Routes to the dropped pages find no page and fall through to the ordinary path. The generation moves on
     * too, so a page rendered from before the change is not kept after it.
     */
    public void dropStartingWith(String keyPrefix) {
        generation.incrementAndGet();
        pages.asMap().keySet().removeIf(key -> key.startsWith(keyPrefix));
    }

    /**
     * The name of the cached page a request was answered with, the ETag the page had then, and the content
     * coding of the bytes sent (null for the page as rendered).
     */
    public record Answer(String key, String pageEtag, String contentEncoding) {
    }

    CachedPageFilter.Route route(PublicRequest request) {
        return routes.getIfPresent(request);
    }

    void remember(PublicRequest request, CachedPageFilter.Route route) {
        routes.put(request, route);
    }

    /** The same headers as an instance already held, if there is one. */
    List<CachedPageFilter.Route.Header> shared(List<CachedPageFilter.Route.Header> headers) {
        return headerSets.get(headers, same -> same);
    }
}
