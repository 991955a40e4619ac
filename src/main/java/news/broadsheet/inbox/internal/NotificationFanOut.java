package news.broadsheet.inbox.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.broadsheet.inbox.ReplyNotified;
import news.broadsheet.reader.ReaderRelations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the notifications of one copied comment, in a job after the comment's own transaction committed:
 * to the author of the comment it answers, to the others who wrote in its thread, and to its author's
 * followers, each reader once, for the nearest reason. Never to the author themselves, and never to a reader
 * who muted the author. Each reader told of a reply to their own comment is also announced as
 * {@link ReplyNotified}, whatever they chose for the inbox and e-mail: alerts to their browsers are a choice
 * they make there.
 */
@Component
class NotificationFanOut {

    private final InboxStore store;
    private final ReaderRelations relations;
    private final Deliveries deliveries;
    private final ApplicationEventPublisher events;

    NotificationFanOut(InboxStore store, ReaderRelations relations, Deliveries deliveries,
                       ApplicationEventPublisher events) {
        this.store = store;
        this.relations = relations;
        this.deliveries = deliveries;
        this.events = events;
    }

    /**
     * Does nothing for a comment already done, or being done by another node right now. A comment withdrawn
     * before its turn came notifies nobody: there is nothing left to read.
     */
    @Transactional
    void notifyAbout(long commentId) {
        store.lockUnnotified(commentId).ifPresent(comment -> {
            if (comment.authorId() != null && !comment.withdrawn()) {
                Map<Long, NotificationKind> recipients = recipients(comment, comment.authorId());
                Map<Long, Map<NotificationKind, Delivery>> settings = store.settings(recipients.keySet());
                recipients.forEach((recipient, kind) -> {
                    Notification notification = new Notification(0, recipient, kind, comment.commentId(),
                            comment.authorId(), comment.articleTitle(), comment.permalink(), comment.excerpt(), null,
                            null, comment.publishedAt(), false, false);
                    deliveries.deliver(notification,
                            settings.getOrDefault(recipient, Map.of()).getOrDefault(kind, Delivery.INBOX));
                    if (kind == NotificationKind.REPLY) {
                        events.publishEvent(new ReplyNotified(recipient, comment.commentId(),
                                deliveries.authorName(notification), comment.articleTitle(), comment.excerpt(),
                                comment.permalink()));
                    }
                });
            }
            store.markNotified(commentId);
        });
    }

    private Map<Long, NotificationKind> recipients(CopiedComment comment, long authorId) {
        Map<Long, NotificationKind> recipients = new LinkedHashMap<>();
        if (comment.parentAuthorId() != null) {
            recipients.put(comment.parentAuthorId(), NotificationKind.REPLY);
        }
        if (comment.parentCommentId() != null) {
            comment.participantIds().forEach(reader -> recipients.putIfAbsent(reader, NotificationKind.THREAD));
        }
        relations.followersOf(authorId).forEach(reader -> recipients.putIfAbsent(reader, NotificationKind.FOLLOWED));
        recipients.remove(authorId);
        Set<Long> muters = relations.mutersOf(authorId);
        recipients.keySet().removeAll(muters);
        return recipients;
    }

    /** Comments whose notifications should have been written a while ago, for the sweep to schedule. */
    List<Long> stranded() {
        return store.stranded(Duration.ofMinutes(1));
    }
}
