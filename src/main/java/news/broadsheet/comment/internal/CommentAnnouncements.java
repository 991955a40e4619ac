package news.broadsheet.comment.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.broadsheet.article.ArticleCard;
import news.broadsheet.article.Articles;
import news.broadsheet.comment.CommentEdited;
import news.broadsheet.comment.CommentModerated;
import news.broadsheet.comment.CommentPublished;
import news.broadsheet.comment.CommentWithdrawn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells other modules (the inbox) when a comment becomes visible, when its words change, when it is shown no
 * more and when a moderator decides about one, inside the transaction that made the change, so their records
 * stand or fall with it.
 */
@Component
class CommentAnnouncements {

    static final int EXCERPT = 280;

    private final CommentStore store;
    private final Articles articles;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    CommentAnnouncements(CommentStore store, Articles articles, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.store = store;
        this.articles = articles;
        this.jdbc = jdbc;
        this.events = events;
    }

    void published(long commentId) {
        Comment comment = store.find(commentId).orElse(null);
        if (comment == null || comment.readerId() == null || comment.status() != CommentStatus.PUBLISHED) {
            return;
        }
        Long parentAuthor = comment.parentId() == null ? null
                : store.find(comment.parentId()).map(Comment::readerId).orElse(null);
        Set<Long> participants = new HashSet<>(jdbc.sql("""
                        select distinct reader_id from comment
                        where root_id = :root and status = 'published' and reader_id is not null""")
                .param("root", comment.rootId())
                .query(Long.class)
                .list());
        String title = articles.publishedCards(List.of(comment.articleId())).stream()
                .map(ArticleCard::headline).findFirst().orElse("");
        events.publishEvent(new CommentPublished(commentId, comment.articleId(), title, permalink(commentId),
                comment.readerId(), excerpt(comment.body()), comment.parentId(), parentAuthor, participants,
                Instant.now()));
    }

    /** The words of a comment readers can see changed; a held comment's new words go out when it is approved. */
    void edited(Comment before, String text, Instant editedAt) {
        if (before.status() == CommentStatus.PUBLISHED) {
            events.publishEvent(new CommentEdited(before.id(), excerpt(text), editedAt));
        }
    }

    /** A comment readers could see is hidden now; one nobody but its author saw needs no word. */
    void withdrawn(Comment before) {
        if (before.status() == CommentStatus.PUBLISHED) {
            events.publishEvent(new CommentWithdrawn(before.id(), Instant.now()));
        }
    }

    void moderated(Comment comment, String decision, String reason) {
        if (comment.readerId() != null) {
            events.publishEvent(new CommentModerated(comment.id(), comment.readerId(), permalink(comment.id()),
                    decision, reason, Instant.now()));
        }
    }

    private static String permalink(long commentId) {
        return "/comments/" + commentId;
    }

    private static String excerpt(String body) {
        return body.codePointCount(0, body.length()) <= EXCERPT ? body
                : body.substring(0, body.offsetByCodePoints(0, EXCERPT)) + "…";
    }
}
