package news.broadsheet.comment.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import news.broadsheet.article.ArticleCard;
import news.broadsheet.article.ArticleDiscussion;
import news.broadsheet.article.Articles;
import news.broadsheet.edition.Edition;
import news.broadsheet.platform.ClusterSignals;
import news.broadsheet.site.Assets;
import news.broadsheet.site.Pages;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The discussion on the article page. A reader who is not signed in gets a copy shared with every such
 * reader, kept on this node until a comment under that article changes on any node (the
 * {@value #CHANGED} signal); so a busy discussion never drops other cached pages, and a quiet one costs a
 * map lookup. A signed-in reader's copy, with their forms and their own waiting comments, is made for them.
 */
@Component
class Discussion implements ArticleDiscussion {

    static final String CHANGED = "comments_changed";
    /** Signalled with an empty payload when every discussion may have changed (a section's rule). */
    static final String EVERY_ARTICLE = "";

    private final Threads threads;
    private final CommentStore store;
    private final CommentPolicies policies;
    private final CommentReaders readers;
    private final Articles articles;
    private final Pages pages;
    private final Assets assets;
    private final ClusterSignals signals;
    private final Cache<SharedKey, Shared> shared = Caffeine.newBuilder()
            .maximumWeight(32L * 1024 * 1024)
            .weigher((SharedKey key, Shared copy) -> copy.html().length)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();
    /** Counts each article's changes, so a copy made while its discussion changed is served but not kept. */
    private final Map<Long, AtomicLong> generations = new ConcurrentHashMap<>();
    private final AtomicLong everyArticle = new AtomicLong();

    Discussion(Threads threads, CommentStore store, CommentPolicies policies, CommentReaders readers,
               Articles articles, Pages pages, Assets assets, ClusterSignals signals) {
        this.threads = threads;
        this.store = store;
        this.policies = policies;
        this.readers = readers;
        this.articles = articles;
        this.pages = pages;
        this.assets = assets;
        this.signals = signals;
    }

    private record SharedKey(long articleId, String edition, ThreadSort sort, int page) {
    }

    private record Shared(int count, byte[] html, String version, Instant changedAt) {
    }

    @PostConstruct
    void listenForChanges() {
        signals.subscribe(CHANGED, this::drop);
    }

    /**
     * Tells every node, when the transaction commits, that the article's discussion changed. This node drops
     * its copies at the commit itself, so the writer's next page never shows the discussion from before.
     */
    void changed(long articleId) {
        signals.signal(CHANGED, Long.toString(articleId));
        String payload = Long.toString(articleId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    drop(payload);
                }
            });
        } else {
            drop(payload);
        }
    }

    void changedEverywhere() {
        signals.signal(CHANGED, EVERY_ARTICLE);
    }

    private void drop(String payload) {
        if (payload.isEmpty()) {
            everyArticle.incrementAndGet();
            shared.invalidateAll();
            pages.forget(ArticleDiscussion.EVERY_DISCUSSION_PAGE);
            return;
        }
        long articleId = Long.parseLong(payload);
        generations.computeIfAbsent(articleId, id -> new AtomicLong()).incrementAndGet();
        shared.asMap().keySet().removeIf(key -> key.articleId() == articleId);
        pages.forget(ArticleDiscussion.pagesOf(articleId));
    }

    @Override
    public Part below(long articleId, String articlePath, Edition edition, HttpServletRequest request) {
        ThreadSort sort = ThreadSort.of(request.getParameter("sort"));
        Optional<Viewer> viewer = readers.viewer();
        int page = pageAsked(request, articleId, sort, viewer.orElse(null));
        if (viewer.isPresent()) {
            CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            ThreadView view = threads.view(articleId, articlePath, modeOf(articleId), edition, sort, page, viewer.get(),
                    csrf.getParameterName(), csrf.getToken(), Notices.of(request.getParameter("notice")));
            byte[] html = render(view);
            Instant changedAt = store.thread(articleId).map(CommentStore.ThreadState::changedAt).orElse(Instant.EPOCH);
            return new Part(view.count(), html, "p", changedAt, true);
        }
        SharedKey key = new SharedKey(articleId, edition.code(), sort, page);
        Shared copy = shared.getIfPresent(key);
        if (copy == null) {
            long before = generation(articleId);
            Instant changedAt = store.thread(articleId).map(CommentStore.ThreadState::changedAt).orElse(Instant.EPOCH);
            ThreadView view = threads.view(articleId, articlePath, modeOf(articleId), edition, sort, page, null,
                    null, null, null);
            copy = new Shared(view.count(), render(view),
                    Long.toHexString(changedAt.toEpochMilli()) + view.mode().ordinal(), changedAt);
            if (generation(articleId) == before) {
                shared.put(key, copy);
            }
        }
        return new Part(copy.count(), copy.html(), copy.version(), copy.changedAt(), false);
    }

    private long generation(long articleId) {
        return everyArticle.get() + generations.computeIfAbsent(articleId, id -> new AtomicLong()).get();
    }

    /** A permalink ({@code ?comment=}) opens the page holding that comment's thread. */
    private int pageAsked(HttpServletRequest request, long articleId, ThreadSort sort, Viewer viewer) {
        String comment = request.getParameter("comment");
        if (comment != null && comment.matches("\\d{1,18}")) {
            return threads.pageOf(Long.parseLong(comment), articleId, sort, viewer);
        }
        String page = request.getParameter("page");
        return page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1;
    }

    CommentMode modeOf(long articleId) {
        List<ArticleCard> card = articles.publishedCards(List.of(articleId));
        return card.isEmpty() ? CommentMode.CLOSED : policies.modeOf(articleId, card.getFirst().section().id());
    }

    private byte[] render(ThreadView view) {
        return pages.render("comment/thread.jte", Map.of("thread", view, "scriptHref", assets.href("/assets/comments.js")));
    }

    @Override
    public Map<Long, Integer> counts(Collection<Long> articleIds) {
        return store.counts(articleIds);
    }
}
