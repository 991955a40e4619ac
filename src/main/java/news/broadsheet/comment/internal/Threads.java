package news.broadsheet.comment.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.edition.Edition;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds one page of a discussion: top-level comments in the reader's order, {@value #PAGE_SIZE} to a page,
 * each with every reply under it. Replies nest four levels deep (the top-level comment and three levels of
 * replies); a reply to a comment at the deepest level sits beside it and says whom it answers.
 */
@Component
class Threads {

    static final int PAGE_SIZE = 25;

    private final CommentStore store;

    Threads(CommentStore store) {
        this.store = store;
    }

    /** The page of the discussion, in this order, that holds the comment's thread; page 1 if it is not there. */
    int pageOf(long commentId, long articleId, ThreadSort sort, Viewer viewer) {
        long viewerId = viewerId(viewer);
        return store.find(commentId)
                .filter(comment -> comment.articleId() == articleId)
                .flatMap(comment -> store.find(comment.rootId()))
                .map(root -> store.rootsBefore(root, sort, viewerId) / PAGE_SIZE + 1)
                .orElse(1);
    }

    ThreadView view(long articleId, String articlePath, CommentMode mode, Edition edition, ThreadSort sort, int page,
                    Viewer viewer, String csrfParameter, String csrfToken, String notice) {
        long viewerId = viewerId(viewer);
        int count = store.thread(articleId).map(CommentStore.ThreadState::published).orElse(0);
        int pages = Math.max(1, (store.countRoots(articleId, viewerId) + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), pages);
        List<Comment> roots = store.roots(articleId, sort, viewerId, (shown - 1) * PAGE_SIZE, PAGE_SIZE);
        List<Comment> replies = store.replies(roots.stream().map(Comment::id).toList(), viewerId);

        String cannotComment = viewer == null ? null
                : mode == CommentMode.CLOSED ? "Comments on this article are closed." : viewer.cannotComment();
        Abilities abilities = new Abilities(viewer, cannotComment == null, Instant.now());
        List<CommentView> comments = tree(roots, replies, edition, abilities);

        List<ThreadView.Link> sorts = new ArrayList<>();
        for (ThreadSort each : ThreadSort.values()) {
            sorts.add(new ThreadView.Link(each.label(), href(articlePath, each, 1), each == sort));
        }
        ThreadView.Link previous = shown > 1 ? new ThreadView.Link("Earlier comments", href(articlePath, sort, shown - 1), false) : null;
        ThreadView.Link next = shown < pages ? new ThreadView.Link("More comments", href(articlePath, sort, shown + 1), false) : null;
        return new ThreadView(articleId, articlePath, count, mode, sorts, sort, shown, pages, previous, next, comments,
                viewer != null, viewer == null ? null : viewer.displayName(), cannotComment, csrfParameter, csrfToken,
                notice);
    }

    /** A link to an order and page of the discussion that lands on the discussion itself. */
    static String href(String articlePath, ThreadSort sort, int page) {
        var uri = UriComponentsBuilder.fromPath(articlePath);
        if (sort != ThreadSort.OLDEST) {
            uri.queryParam("sort", sort.param());
        }
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.fragment("comments").build().toUriString();
    }

    /** What the reader may do with each comment: decided here, checked again by the server on every request. */
    record Abilities(Viewer viewer, boolean mayPost, Instant now) {

        CommentView view(Comment comment, Edition edition, String inReplyTo, List<CommentView> replies) {
            boolean deleted = comment.status() == CommentStatus.DELETED;
            boolean published = comment.status() == CommentStatus.PUBLISHED;
            Long reader = viewer == null ? null : viewer.readerId();
            boolean own = comment.isBy(reader);
            boolean muted = !deleted && viewer != null && comment.readerId() != null
                    && viewer.muted().contains(comment.readerId());
            boolean hidden = deleted || muted;
            return new CommentView(comment.id(),
                    deleted ? null : comment.authorName(),
                    deleted || comment.authorHandle() == null ? null : "/readers/" + comment.authorHandle(),
                    hidden ? "" : comment.html(),
                    own && !deleted ? comment.body() : "",
                    edition.formatTime(comment.createdAt()),
                    DateTimeFormatter.ISO_INSTANT.format(comment.createdAt()),
                    comment.wasEdited() && !deleted,
                    comment.status() == CommentStatus.PENDING,
                    deleted, muted, comment.featured() && published, comment.recommendations(), inReplyTo,
                    comment.depth(), replies,
                    mayPost && published && !muted,
                    own && comment.editableAt(now),
                    own && !deleted,
                    reader != null && !own && published,
                    reader != null && !own && published);
        }
    }

    private static List<CommentView> tree(List<Comment> roots, List<Comment> replies, Edition edition, Abilities abilities) {
        Map<Long, Comment> byId = new HashMap<>();
        Map<Long, List<Comment>> children = new LinkedHashMap<>();
        Map<Long, String> inReplyTo = new HashMap<>();
        roots.forEach(root -> byId.put(root.id(), root));
        for (Comment reply : replies) {
            Comment parent = byId.get(reply.parentId());
            if (parent == null) {
                continue;
            }
            Comment shownUnder = parent;
            if (parent.depth() >= reply.depth()) {
                shownUnder = byId.get(parent.parentId());
                inReplyTo.put(reply.id(), parent.status() == CommentStatus.DELETED ? "a deleted comment" : parent.authorName());
                while (shownUnder != null && shownUnder.depth() >= reply.depth()) {
                    shownUnder = byId.get(shownUnder.parentId());
                }
                if (shownUnder == null) {
                    continue;
                }
            }
            byId.put(reply.id(), reply);
            children.computeIfAbsent(shownUnder.id(), id -> new ArrayList<>()).add(reply);
        }
        return roots.stream().map(root -> node(root, children, inReplyTo, edition, abilities)).toList();
    }

    private static CommentView node(Comment comment, Map<Long, List<Comment>> children, Map<Long, String> inReplyTo,
                                    Edition edition, Abilities abilities) {
        List<CommentView> replies = children.getOrDefault(comment.id(), List.of()).stream()
                .map(child -> node(child, children, inReplyTo, edition, abilities))
                .toList();
        return abilities.view(comment, edition, inReplyTo.get(comment.id()), replies);
    }

    private static long viewerId(Viewer viewer) {
        return viewer == null ? -1 : viewer.readerId();
    }
}
