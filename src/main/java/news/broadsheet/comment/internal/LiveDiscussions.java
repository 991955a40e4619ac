package news.broadsheet.comment.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import news.broadsheet.edition.Edition;
import news.broadsheet.platform.ClusterSignals;
import news.broadsheet.site.Pages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * New comments pushed to everyone reading the article, on every node. Publishing a comment sends a
 * PostgreSQL NOTIFY ({@value #PUBLISHED}) at commit; each node that has readers of that article open renders
 * the comment once per edition they read in, as a reader who is not signed in sees it, and sends it down
 * each reader's Server-Sent Events stream from its own virtual thread, so one slow reader holds up nobody.
 * A signed-in reader who muted the author gets what a reload would show them instead, the comment's place
 * without its words (rendered once per edition too, and only when such a reader is listening): whom a
 * reader muted is read once when their stream opens, and muting someone reloads the page, which opens a
 * new stream.
 */
@Component
class LiveDiscussions implements SmartLifecycle {

    static final String PUBLISHED = "comment_published";
    static final Duration STREAM_LIFETIME = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(LiveDiscussions.class);

    /** One open stream; {@code muted}: the readers whose words its reader chose not to see. */
    private record Listener(SseEmitter emitter, Edition edition, Set<Long> muted) {

        boolean muted(Comment comment) {
            return comment.readerId() != null && muted.contains(comment.readerId());
        }
    }

    private final ClusterSignals signals;
    private final CommentStore store;
    private final Pages pages;
    private final Map<Long, Set<Listener>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();

    LiveDiscussions(ClusterSignals signals, CommentStore store, Pages pages) {
        this.signals = signals;
        this.store = store;
        this.pages = pages;
    }

    @PostConstruct
    void listenForComments() {
        signals.subscribe(PUBLISHED, payload -> {
            if (!payload.isEmpty()) {
                senders.execute(() -> deliver(payload));
            }
        });
    }

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends every stream before the web server's graceful shutdown (a later phase) waits for open requests,
     * which a stream never stops being; readers' browsers reconnect, to another node if this one is going.
     */
    @Override
    public void stop() {
        running = false;
        listeners.values().forEach(set -> set.forEach(listener -> listener.emitter().complete()));
        listeners.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @PreDestroy
    void stopSending() {
        senders.shutdownNow();
    }

    /** Tells every node, when the transaction commits, that the comment is up. */
    void published(long articleId, long commentId) {
        signals.signal(PUBLISHED, articleId + ":" + commentId);
    }

    SseEmitter listen(long articleId, Edition edition, Set<Long> muted) throws IOException {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        Listener listener = new Listener(emitter, edition, Set.copyOf(muted));
        Set<Listener> readers = listeners.computeIfAbsent(articleId, id -> ConcurrentHashMap.newKeySet());
        readers.add(listener);
        Runnable forget = () -> readers.remove(listener);
        emitter.onCompletion(forget);
        emitter.onTimeout(forget);
        emitter.onError(error -> forget.run());
        emitter.send(SseEmitter.event().reconnectTime(3_000).comment("listening"));
        return emitter;
    }

    private void deliver(String payload) {
        String[] ids = payload.split(":");
        long articleId = Long.parseLong(ids[0]);
        Set<Listener> readers = listeners.get(articleId);
        if (readers == null || readers.isEmpty()) {
            return;
        }
        Optional<Comment> published = store.find(Long.parseLong(ids[1]))
                .filter(comment -> comment.status() == CommentStatus.PUBLISHED);
        if (published.isEmpty()) {
            return;
        }
        Comment comment = published.get();
        Placement placement = placement(comment);
        Map<String, Set<DataWithMediaType>> shown = new HashMap<>();
        Map<String, Set<DataWithMediaType>> hidden = new HashMap<>();
        for (Listener listener : readers) {
            boolean muted = listener.muted(comment);
            Set<DataWithMediaType> event = (muted ? hidden : shown).computeIfAbsent(listener.edition().code(),
                    code -> event(comment, placement, listener.edition(), muted));
            senders.execute(() -> send(listener, event));
        }
    }

    /** Where the comment sits in the page: under which comment, and whom it answers when it sits beside it. */
    private record Placement(Long shownUnder, String inReplyTo) {
    }

    private Placement placement(Comment comment) {
        if (comment.parentId() == null) {
            return new Placement(null, null);
        }
        Comment parent = store.find(comment.parentId()).orElseThrow();
        if (parent.depth() < comment.depth()) {
            return new Placement(parent.id(), null);
        }
        Comment shownUnder = parent;
        while (shownUnder.depth() >= comment.depth()) {
            shownUnder = store.find(shownUnder.parentId()).orElseThrow();
        }
        return new Placement(shownUnder.id(), parent.status() == CommentStatus.DELETED ? "a deleted comment" : parent.authorName());
    }

    /**
     * The comment as a Server-Sent Event, turned into JSON once for all the readers of an edition, not once for
     * each; for readers who muted its author, the placeholder a reload shows them.
     */
    private Set<DataWithMediaType> event(Comment comment, Placement placement, Edition edition, boolean muted) {
        Viewer viewer = muted ? Viewer.mutingOnly(comment.readerId()) : null;
        CommentView view = new Threads.Abilities(viewer, false, Instant.now())
                .view(comment, edition, placement.inReplyTo(), List.of());
        byte[] html = pages.render("comment/comment.jte", Map.of("comment", view,
                "thread", ThreadView.shared(comment.articleId())));
        Map<String, Object> event = new HashMap<>();
        event.put("id", comment.id());
        event.put("parent", placement.shownUnder());
        event.put("html", new String(html, java.nio.charset.StandardCharsets.UTF_8));
        return SseEmitter.event().name("comment").data(JsonMapper.shared().writeValueAsBytes(event), MediaType.APPLICATION_JSON).build();
    }

    private void send(Listener listener, Set<DataWithMediaType> event) {
        try {
            listener.emitter().send(event);
        } catch (IOException | IllegalStateException gone) {
            log.debug("A reader's comment stream closed: {}", gone.getMessage());
            listener.emitter().completeWithError(gone);
        }
    }
}
