package news.broadsheet.inbox;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import news.broadsheet.Eventually;
import news.broadsheet.comment.CommentEdited;
import news.broadsheet.comment.CommentModerated;
import news.broadsheet.comment.CommentPublished;
import news.broadsheet.comment.CommentWithdrawn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stands in for the comment module in tests: publishes its events inside a transaction, as that module does
 * when a comment becomes visible, is edited or withdrawn, or a moderator decides, and waits for the inbox to
 * have handled a published one.
 */
public final class CommentEventsFixture {

    private static final AtomicLong IDS = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000));

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    public CommentEventsFixture(ApplicationEventPublisher events, TransactionTemplate transaction, JdbcClient jdbc) {
        this.events = events;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    /** A comment starting a thread, by this author; answers its id once its notifications are written. */
    public long topLevel(long authorId, String articleTitle, String text) {
        long id = IDS.incrementAndGet();
        publish(new CommentPublished(id, 1, articleTitle, "/comments/" + id, authorId, text, null, null,
                Set.of(authorId), Instant.now()));
        return id;
    }

    /** A reply to a comment by {@code parentAuthorId}, in a thread where {@code participants} wrote. */
    public long reply(long authorId, long parentId, Long parentAuthorId, Set<Long> participants, String articleTitle,
                      String text) {
        long id = IDS.incrementAndGet();
        publish(new CommentPublished(id, 1, articleTitle, "/comments/" + id, authorId, text, parentId,
                parentAuthorId, participants, Instant.now()));
        return id;
    }

    /**
     * Publishes the event, and any others the comment module would publish in the same transaction, and waits
     * until the job has dealt with the comment's notifications.
     */
    public void publish(CommentPublished published, Object... sameTransaction) {
        transaction.executeWithoutResult(status -> {
            events.publishEvent(published);
            for (Object event : sameTransaction) {
                events.publishEvent(event);
            }
        });
        Eventually.within(java.time.Duration.ofSeconds(20), "notifications of comment " + published.commentId(),
                () -> jdbc.sql("select notified_at is not null from inbox_comment where comment_id = :id")
                        .param("id", published.commentId()).query(Boolean.class).optional().orElse(false));
    }

    public void edit(long commentId, String text) {
        transaction.executeWithoutResult(status -> events.publishEvent(new CommentEdited(commentId, text, Instant.now())));
    }

    public void withdraw(long commentId) {
        transaction.executeWithoutResult(status -> events.publishEvent(new CommentWithdrawn(commentId, Instant.now())));
    }

    public void moderate(long commentId, long authorId, String decision, String reason) {
        transaction.executeWithoutResult(status -> events.publishEvent(new CommentModerated(commentId, authorId,
                "/comments/" + commentId, decision, reason, Instant.now())));
    }

    public static long newCommentId() {
        return IDS.incrementAndGet();
    }
}
