package news.broadsheet.comment.internal;

import java.time.Duration;
import java.time.Instant;
import news.broadsheet.article.Article;
import news.broadsheet.platform.RateLimits;
import news.broadsheet.reader.ReaderProfile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What readers do to comments: post, reply, edit, delete, recommend, report. Each request is checked on the
 * server whatever the page offered (a forged form for someone else's comment is refused), and each change
 * to a discussion happens in one transaction that also tells every node.
 */
@Service
class Commenting {

    static final int REPORTS_PER_READER = 10;
    static final int REPORTS_PER_ADDRESS = 60;
    static final Duration REPORT_WINDOW = Duration.ofHours(1);
    static final int MAX_REASON = 500;

    private final CommentStore store;
    private final PostingPipeline pipeline;
    private final CommentReaders readers;
    private final RateLimits limits;
    private final Discussion discussion;
    private final LiveDiscussions live;
    private final BannedWordsPhase bannedWords;
    private final CommentAnnouncements events;

    Commenting(CommentStore store, PostingPipeline pipeline, CommentReaders readers, RateLimits limits,
               Discussion discussion, LiveDiscussions live, BannedWordsPhase bannedWords, CommentAnnouncements events) {
        this.events = events;
        this.store = store;
        this.pipeline = pipeline;
        this.readers = readers;
        this.limits = limits;
        this.discussion = discussion;
        this.live = live;
        this.bannedWords = bannedWords;
    }

    @Transactional
    Outcome post(ReaderProfile reader, String address, Article article, Long parentId, String typed) {
        String unverified = readers.whyNot(reader);
        if (unverified != null) {
            return Outcome.refused(HttpStatus.FORBIDDEN, unverified);
        }
        Comment parent = null;
        if (parentId != null) {
            parent = store.find(parentId)
                    .filter(comment -> comment.articleId() == article.id() && comment.status() == CommentStatus.PUBLISHED)
                    .orElse(null);
            if (parent == null) {
                return Outcome.refused(HttpStatus.NOT_FOUND, "The comment you replied to is no longer there.");
            }
        }
        Submission submission = new Submission(reader.id(), reader.joinedAt(), address, article.id(),
                article.section().id(), parentId, CommentText.clean(typed));
        Verdict verdict = pipeline.judge(submission);
        if (verdict instanceof Verdict.Refuse refusal) {
            return Outcome.refused(refusal.status(), refusal.message());
        }
        String holdReason = verdict instanceof Verdict.Hold hold ? hold.reason() : null;
        store.lockThread(article.id());
        long id = store.insert(submission, parent, reader.displayName(), reader.handle(),
                holdReason == null ? CommentStatus.PUBLISHED : CommentStatus.PENDING, holdReason);
        store.recount(article.id());
        discussion.changed(article.id());
        if (holdReason == null) {
            live.published(article.id(), id);
            events.published(id);
        }
        return new Outcome.Done(id, article.id(), holdReason != null);
    }

    /** The author may change the words within five minutes of posting; the words pass the same checks again. */
    @Transactional
    Outcome edit(ReaderProfile reader, long commentId, String typed) {
        Comment comment = store.find(commentId).orElse(null);
        if (comment == null || !comment.isBy(reader.id())) {
            return Outcome.refused(HttpStatus.FORBIDDEN, "You can only edit your own comments.");
        }
        if (!comment.editableAt(Instant.now())) {
            return Outcome.refused(HttpStatus.FORBIDDEN,
                    "Comments can be edited for five minutes after posting; this one can no longer be changed.");
        }
        String text = CommentText.clean(typed);
        String problem = CommentText.problem(text);
        if (problem != null) {
            return Outcome.refused(HttpStatus.BAD_REQUEST, problem);
        }
        Submission asEdited = new Submission(reader.id(), reader.joinedAt(), "edit", comment.articleId(), -1,
                comment.parentId(), text);
        // An edit cannot slip in what posting would have refused.
        Verdict words = bannedWords.judge(asEdited);
        if (words instanceof Verdict.Refuse refusal) {
            return Outcome.refused(refusal.status(), refusal.message());
        }
        store.lockThread(comment.articleId());
        // Read again under the lock: a moderator may have approved or rejected it meanwhile.
        Comment locked = store.find(commentId).orElseThrow();
        Instant editedAt = store.editBody(commentId, text);
        store.recount(comment.articleId());
        events.edited(locked, text, editedAt);
        discussion.changed(comment.articleId());
        return new Outcome.Done(commentId, comment.articleId(), comment.status() == CommentStatus.PENDING);
    }

    /** Any time; replies to it stay, under a "deleted" placeholder. */
    @Transactional
    Outcome delete(ReaderProfile reader, long commentId) {
        Comment comment = store.find(commentId).orElse(null);
        if (comment == null || !comment.isBy(reader.id())) {
            return Outcome.refused(HttpStatus.FORBIDDEN, "You can only delete your own comments.");
        }
        if (comment.status() != CommentStatus.DELETED) {
            store.lockThread(comment.articleId());
            Comment locked = store.find(commentId).orElseThrow();
            store.setStatus(commentId, CommentStatus.DELETED, null);
            store.recount(comment.articleId());
            discussion.changed(comment.articleId());
            events.withdrawn(locked);
        }
        return new Outcome.Done(commentId, comment.articleId(), false);
    }

    @Transactional
    Outcome recommend(ReaderProfile reader, long commentId) {
        Comment comment = store.find(commentId).filter(c -> c.status() == CommentStatus.PUBLISHED).orElse(null);
        if (comment == null) {
            return Outcome.refused(HttpStatus.NOT_FOUND, "That comment is no longer there.");
        }
        if (comment.isBy(reader.id())) {
            return Outcome.refused(HttpStatus.FORBIDDEN, "You cannot recommend your own comment.");
        }
        store.lockThread(comment.articleId());
        if (store.recommend(commentId, reader.id())) {
            store.recount(comment.articleId());
            discussion.changed(comment.articleId());
        }
        return new Outcome.Done(commentId, comment.articleId(), false);
    }

    @Transactional
    Outcome report(ReaderProfile reader, String address, long commentId, String typedReason) {
        Comment comment = store.find(commentId).filter(c -> c.status() == CommentStatus.PUBLISHED).orElse(null);
        if (comment == null) {
            return Outcome.refused(HttpStatus.NOT_FOUND, "That comment is no longer there.");
        }
        String reason = CommentText.clean(typedReason);
        if (reason.isBlank()) {
            return Outcome.refused(HttpStatus.BAD_REQUEST, "Say why a moderator should look at this comment.");
        }
        if (reason.codePointCount(0, reason.length()) > MAX_REASON) {
            return Outcome.refused(HttpStatus.BAD_REQUEST,
                    "Please keep the reason to " + MAX_REASON + " characters; a moderator will read the comment itself.");
        }
        boolean withinReader = limits.tryAcquire("comment-report:reader:" + reader.id(), REPORTS_PER_READER, REPORT_WINDOW);
        boolean withinAddress = limits.tryAcquire("comment-report:address:" + address, REPORTS_PER_ADDRESS, REPORT_WINDOW);
        if (!withinReader || !withinAddress) {
            return Outcome.refused(HttpStatus.TOO_MANY_REQUESTS,
                    "You have sent " + REPORTS_PER_READER + " reports in the last hour. Please wait before sending more.");
        }
        store.report(commentId, reader.id(), reason);
        return new Outcome.Done(commentId, comment.articleId(), false);
    }
}
