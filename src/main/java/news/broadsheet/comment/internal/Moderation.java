package news.broadsheet.comment.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.broadsheet.article.ArticleCard;
import news.broadsheet.article.Articles;
import news.broadsheet.audit.AuditTrail;
import news.broadsheet.comment.CommentModerated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderators' decisions: approve, reject with a reason, feature, dismiss reports, ban or suspend a reader,
 * the word lists, the hold rules and editors' choices for articles and sections. Every decision is written
 * to the audit trail in the same transaction, and a change readers can see reaches every node.
 */
@Service
class Moderation {

    static final int QUEUE_LENGTH = 100;
    static final int MAX_REASON = 500;

    /** Moderators' own messages are refused with this when they are wrong, and nothing changes. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private final JdbcClient jdbc;
    private final CommentAnnouncements events;
    private final CommentStore store;
    private final Sanctions sanctions;
    private final WordLists words;
    private final HoldRules rules;
    private final CommentPolicies policies;
    private final Articles articles;
    private final AuditTrail audit;
    private final Discussion discussion;
    private final LiveDiscussions live;

    Moderation(JdbcClient jdbc, CommentStore store, Sanctions sanctions, WordLists words, HoldRules rules,
               CommentPolicies policies, Articles articles, AuditTrail audit, Discussion discussion,
               LiveDiscussions live, CommentAnnouncements events) {
        this.events = events;
        this.jdbc = jdbc;
        this.store = store;
        this.sanctions = sanctions;
        this.words = words;
        this.rules = rules;
        this.policies = policies;
        this.articles = articles;
        this.audit = audit;
        this.discussion = discussion;
        this.live = live;
    }

    Map<ModerationQueue, Integer> sizes() {
        Map<ModerationQueue, Integer> sizes = new HashMap<>();
        for (ModerationQueue queue : ModerationQueue.values()) {
            sizes.put(queue, jdbc.sql("select count(*) from comment c where " + where(queue))
                    .query(Integer.class).single());
        }
        return sizes;
    }

    List<QueueItem> queue(ModerationQueue queue) {
        List<Comment> comments = jdbc.sql("""
                        select c.id, c.article_id, c.parent_id, c.root_id, c.depth, c.reader_id, c.author_name,
                               c.author_handle, c.body, c.status, c.hold_reason, c.reject_reason, c.featured,
                               c.recommendations, c.created_at, c.edited_at, null as parent_author_name
                        from comment c where\s""" + where(queue) + " order by c.created_at limit :limit")
                .param("limit", QUEUE_LENGTH)
                .query(CommentStore::comment).list();
        Map<Long, ArticleCard> cards = articles.publishedCards(comments.stream().map(Comment::articleId).distinct().toList())
                .stream().collect(Collectors.toMap(ArticleCard::id, Function.identity()));
        Map<Long, List<String>> reports = openReports(comments.stream().map(Comment::id).toList());
        List<QueueItem> items = new ArrayList<>();
        for (Comment comment : comments) {
            ArticleCard card = cards.get(comment.articleId());
            items.add(new QueueItem(comment.id(), comment.readerId(), comment.authorName(),
                    comment.authorHandle() == null ? null : "/readers/" + comment.authorHandle(), comment.html(),
                    comment.articleId(), card == null ? "An article no longer published" : card.headline(),
                    card == null ? null : card.path(), CommentTimes.utc(comment.createdAt()), comment.status().column(),
                    comment.holdReason(), comment.rejectReason(), comment.featured(),
                    reports.getOrDefault(comment.id(), List.of())));
        }
        return items;
    }

    private static String where(ModerationQueue queue) {
        return switch (queue) {
            case PENDING -> "c.status = 'pending' and c.hold_reason like '%Pre-moderated%'";
            case HELD -> "c.status = 'pending' and c.hold_reason not like '%Pre-moderated%'";
            case REPORTED -> "c.status = 'published' and exists (select 1 from comment_report r"
                    + " where r.comment_id = c.id and r.resolved_at is null)";
            case FEATURED -> "c.status = 'published' and c.featured";
        };
    }

    private Map<Long, List<String>> openReports(List<Long> commentIds) {
        Map<Long, List<String>> reports = new HashMap<>();
        if (commentIds.isEmpty()) {
            return reports;
        }
        jdbc.sql("""
                        select comment_id, reason from comment_report where comment_id = any(:ids) and resolved_at is null
                        order by reported_at""")
                .param("ids", commentIds.toArray(Long[]::new))
                .query((java.sql.ResultSet rs) -> {
                    reports.computeIfAbsent(rs.getLong("comment_id"), id -> new ArrayList<>()).add(rs.getString("reason"));
                });
        return reports;
    }

    /**
     * Publishes a held comment, or keeps a reported one up and dismisses its reports. A comment its author
     * deleted or another moderator rejected meanwhile is refused: approving it would bring back words that
     * were taken away everywhere.
     */
    @Transactional
    void approve(long commentId, String actor) {
        Comment comment = lockedExisting(commentId);
        if (comment.status() == CommentStatus.DELETED) {
            throw new Refused("Its author deleted this comment, so it cannot be approved.");
        }
        if (comment.status() == CommentStatus.REJECTED) {
            throw new Refused("This comment was rejected already, so it cannot be approved.");
        }
        store.setStatus(commentId, CommentStatus.PUBLISHED, null);
        store.resolveReports(commentId);
        store.recount(comment.articleId());
        audit.record(actor, "comment.approve", "comment", Long.toString(commentId),
                comment.holdReason() == null ? "reports dismissed" : "held: " + comment.holdReason());
        discussion.changed(comment.articleId());
        if (comment.status() != CommentStatus.PUBLISHED) {
            live.published(comment.articleId(), commentId);
            events.moderated(comment, CommentModerated.APPROVED, null);
            events.published(commentId);
        }
    }

    @Transactional
    void reject(long commentId, String typedReason, String actor) {
        String reason = CommentText.clean(typedReason);
        if (reason.isBlank()) {
            throw new Refused("Give the reason for rejecting the comment; it is kept with the decision.");
        }
        if (reason.length() > MAX_REASON) {
            throw new Refused("Keep the reason to " + MAX_REASON + " characters.");
        }
        Comment comment = lockedExisting(commentId);
        if (comment.status() == CommentStatus.DELETED) {
            throw new Refused("Its author deleted this comment already; there is nothing left to reject.");
        }
        store.setStatus(commentId, CommentStatus.REJECTED, reason);
        store.setFeatured(commentId, false);
        store.resolveReports(commentId);
        store.recount(comment.articleId());
        audit.record(actor, "comment.reject", "comment", Long.toString(commentId), reason);
        discussion.changed(comment.articleId());
        events.withdrawn(comment);
        events.moderated(comment, CommentModerated.REJECTED, reason);
    }

    @Transactional
    void feature(long commentId, boolean featured, String actor) {
        Comment comment = existing(commentId);
        if (featured && comment.status() != CommentStatus.PUBLISHED) {
            throw new Refused("Only a published comment can be featured.");
        }
        store.lockThread(comment.articleId());
        store.setFeatured(commentId, featured);
        store.recount(comment.articleId());
        audit.record(actor, featured ? "comment.feature" : "comment.unfeature", "comment", Long.toString(commentId), null);
        discussion.changed(comment.articleId());
        if (featured && !comment.featured()) {
            events.moderated(comment, CommentModerated.FEATURED, null);
        }
    }

    /** The reports were unfounded: the comment stays and leaves the queue. */
    @Transactional
    void dismissReports(long commentId, String actor) {
        existing(commentId);
        store.resolveReports(commentId);
        audit.record(actor, "comment.dismiss-reports", "comment", Long.toString(commentId), null);
    }

    /** {@code days} null bans for good; otherwise suspends for that many days. */
    @Transactional
    void sanction(long readerId, Integer days, String typedReason, String actor) {
        String reason = CommentText.clean(typedReason);
        if (reason.isBlank()) {
            throw new Refused("Give the reason for the ban or suspension; it is kept with the decision.");
        }
        if (reason.length() > MAX_REASON) {
            throw new Refused("Keep the reason to " + MAX_REASON + " characters.");
        }
        if (days != null && (days < 1 || days > 365)) {
            throw new Refused("A suspension lasts from 1 to 365 days; ban the reader for longer.");
        }
        Instant until = days == null ? null : Instant.now().plus(Duration.ofDays(days));
        sanctions.impose(readerId, until, reason, actor);
        audit.record(actor, days == null ? "reader.ban" : "reader.suspend", "reader", Long.toString(readerId),
                days == null ? reason : days + " days: " + reason);
        discussion.changedEverywhere();
    }

    @Transactional
    void lift(long readerId, String actor) {
        if (sanctions.lift(readerId)) {
            audit.record(actor, "reader.reinstate", "reader", Long.toString(readerId), null);
            discussion.changedEverywhere();
        }
    }

    @Transactional
    void addWord(String typed, WordLists.Kind kind, String actor) {
        String word = typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT);
        if (!WordLists.WORD.matcher(word).matches()) {
            throw new Refused("A word is 1 to 60 letters, digits, hyphens or apostrophes, with no spaces.");
        }
        words.add(word, kind);
        audit.record(actor, "comment-word.add", "comment-word", word, kind.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Transactional
    void removeWord(String word, String actor) {
        words.remove(word);
        audit.record(actor, "comment-word.remove", "comment-word", word, null);
    }

    @Transactional
    void setRule(String rule, boolean enabled, String actor) {
        rules.set(rule, enabled);
        audit.record(actor, enabled ? "comment-rule.on" : "comment-rule.off", "comment-rule", rule, null);
    }

    @Transactional
    void chooseForArticle(long articleId, Optional<CommentMode> mode, String actor) {
        policies.choose("article", articleId, mode);
        store.lockThread(articleId);
        store.recount(articleId);
        audit.record(actor, "comment-mode.article", "article", Long.toString(articleId),
                mode.map(CommentMode::column).orElse("as its section"));
        discussion.changed(articleId);
    }

    @Transactional
    void chooseForSection(long sectionId, Optional<CommentMode> mode, String actor) {
        policies.choose("section", sectionId, mode);
        audit.record(actor, "comment-mode.section", "section", Long.toString(sectionId),
                mode.map(CommentMode::column).orElse("open"));
        discussion.changedEverywhere();
    }

    private Comment existing(long commentId) {
        return store.find(commentId).orElseThrow(() -> new Refused("There is no such comment."));
    }

    /** The comment as it is once its discussion is locked, so a decision rests on what nobody can change meanwhile. */
    private Comment lockedExisting(long commentId) {
        store.lockThread(existing(commentId).articleId());
        return existing(commentId);
    }
}
