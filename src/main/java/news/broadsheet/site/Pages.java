package news.broadsheet.site;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.zip.CRC32C;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.annotation.PostConstruct;
import news.broadsheet.platform.ClusterSignals;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Renders jte templates to bytes and keeps public pages rendered, so a popular article costs a map lookup
 * rather than queries and a render. Every node drops its pages when any node signals that content changed.
 * Responses carry an ETag and Last-Modified; Spring answers a matching conditional request with 304.
 */
@Component
public class Pages {

    public static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");
    private static final String CHANNEL = "content_changed";
    private static final CacheControl PUBLIC_PAGE = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private final TemplateEngine templates;
    private final ClusterSignals signals;
    private final ObjectProvider<MastheadAccounts> accounts;
    private final Cache<String, RenderedPage> cache = Caffeine.newBuilder()
            .maximumWeight(64L * 1024 * 1024)
            .weigher((String key, RenderedPage page) -> page.body().length + key.length())
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();
    /** Counts invalidations, so a page rendered from content that changed meanwhile is served but not kept. */
    private final AtomicLong generation = new AtomicLong();

    Pages(TemplateEngine templates, ClusterSignals signals, ObjectProvider<MastheadAccounts> accounts) {
        this.templates = templates;
        this.signals = signals;
        this.accounts = accounts;
    }

    @PostConstruct
    void listenForChanges() {
        signals.subscribe(CHANNEL, payload -> dropAll());
    }

    /** Tells the other nodes; the NOTIFY goes out when the change's transaction commits. */
    @EventListener
    void signalOtherNodes(ContentChanged change) {
        signals.signal(CHANNEL, change.what());
    }

    /** Drops this node's pages as soon as the change is committed, without waiting for the signal. */
    @TransactionalEventListener(fallbackExecution = true)
    void dropOwnPages(ContentChanged change) {
        dropAll();
    }

    private void dropAll() {
        generation.incrementAndGet();
        cache.invalidateAll();
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

    /** The page under this key, rendered now if no node has rendered it since content last changed. */
    public ResponseEntity<byte[]> cached(String key, Supplier<RenderedPage> render) {
        if (isPersonal()) {
            RenderedPage page = render.get();
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(page.contentType()).body(page.body());
        }
        return respond(cachedPage(key, render));
    }

    /**
     * Like {@link #cached}, for a controller that adds to the page before sending it. A page rendered for a
     * signed-in reader carries their name and sign-out form in the masthead, so it is never kept or shared.
     */
    public RenderedPage cachedPage(String key, Supplier<RenderedPage> render) {
        if (isPersonal()) {
            return render.get();
        }
        RenderedPage page = cache.getIfPresent(key);
        if (page == null) {
            long renderedIn = generation.get();
            page = render.get();
            if (generation.get() == renderedIn) {
                cache.put(key, page);
            }
        }
        return page;
    }

    /** Whether this request's pages show a signed-in reader's masthead. */
    public boolean isPersonal() {
        MastheadAccounts signedIn = accounts.getIfAvailable();
        return signedIn != null && signedIn.signedIn().isPresent();
    }

    public static ResponseEntity<byte[]> respond(RenderedPage page) {
        var response = ResponseEntity.ok()
                .cacheControl(PUBLIC_PAGE)
                .varyBy("Cookie")
                .contentType(page.contentType())
                .eTag(page.etag());
        if (page.lastModified() != null) {
            response.lastModified(page.lastModified());
        }
        return response.body(page.body());
    }
}
