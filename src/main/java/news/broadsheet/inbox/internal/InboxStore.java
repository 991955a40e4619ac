package news.broadsheet.inbox.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The inbox's tables: its copies of comments, the notifications, and each reader's settings. */
@Component
class InboxStore {

    private final JdbcClient jdbc;

    InboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps a copy of the comment; false when one is already kept (the event came twice). */
    boolean copy(CopiedComment comment) {
        return jdbc.sql("""
                        insert into inbox_comment (comment_id, article_id, article_title, permalink, author_id, excerpt,
                            parent_comment_id, parent_author_id, participant_ids, published_at)
                        values (:id, :article, :title, :permalink, :author, :excerpt, :parent, :parentAuthor,
                            :participants, :publishedAt)
                        on conflict (comment_id) do nothing""")
                .param("id", comment.commentId())
                .param("article", comment.articleId())
                .param("title", comment.articleTitle())
                .param("permalink", comment.permalink())
                .param("author", comment.authorId())
                .param("excerpt", comment.excerpt())
                .param("parent", comment.parentCommentId())
                .param("parentAuthor", comment.parentAuthorId())
                .param("participants", comment.participantIds().toArray(Long[]::new))
                .param("publishedAt", Timestamp.from(comment.publishedAt()))
                .update() == 1;
    }

    /** The copy of a comment whose notifications are not written yet, locked until the transaction ends. */
    Optional<CopiedComment> lockUnnotified(long commentId) {
        return jdbc.sql("select * from inbox_comment where comment_id = :id and notified_at is null for update skip locked")
                .param("id", commentId).query(InboxStore::comment).optional();
    }

    void markNotified(long commentId) {
        jdbc.sql("update inbox_comment set notified_at = now() where comment_id = :id").param("id", commentId).update();
    }

    /** Comments copied a while ago whose notifications are still not written: their node stopped first. */
    List<Long> stranded(Duration olderThan) {
        return jdbc.sql("""
                        select comment_id from inbox_comment
                        where notified_at is null and copied_at < now() - make_interval(secs => :seconds)
                        order by copied_at limit 1000""")
                .param("seconds", olderThan.toSeconds()).query(Long.class).list();
    }

    Optional<String> articleTitleOf(long commentId) {
        return jdbc.sql("select article_title from inbox_comment where comment_id = :id")
                .param("id", commentId).query(String.class).optional();
    }

    /**
     * The author edited the comment: its copy and the notifications about it quote the new words. The copy is
     * changed first: a fan-out job writing its notifications holds the copy's row, so this waits for the job to
     * commit and then finds every notification it wrote.
     */
    void edit(long commentId, String excerpt, Instant editedAt) {
        int copies = jdbc.sql("""
                        update inbox_comment set excerpt = :excerpt, edited_at = :editedAt
                        where comment_id = :id and not withdrawn""")
                .param("excerpt", excerpt).param("editedAt", Timestamp.from(editedAt)).param("id", commentId)
                .update();
        if (copies == 1) {
            jdbc.sql("""
                            update inbox_notification set excerpt = :excerpt
                            where comment_id = :id and kind <> 'moderation' and withdrawn_at is null""")
                    .param("excerpt", excerpt).param("id", commentId).update();
        }
    }

    /**
     * The comment is shown no more (deleted by its author, rejected by a moderator): it leaves the Following
     * page, and its words leave the copy and every notification about it. The notifications stay, saying the
     * comment was deleted, but count as read and leave the digest, since nothing is left to read. The copy is
     * changed first, for the reason {@link #edit} gives; the author's own moderation notice is not about the
     * words and stays as it is.
     */
    void withdraw(long commentId, Instant withdrawnAt) {
        Timestamp at = Timestamp.from(withdrawnAt);
        jdbc.sql("update inbox_comment set withdrawn = true, excerpt = '' where comment_id = :id")
                .param("id", commentId).update();
        jdbc.sql("""
                        update inbox_notification set excerpt = '', withdrawn_at = coalesce(withdrawn_at, :at),
                            read_at = coalesce(read_at, :at), digest_due = false
                        where comment_id = :id and kind <> 'moderation'""")
                .param("at", at).param("id", commentId).update();
    }

    /** Adds the notification unless the reader was already told of this comment; whether it was added. */
    boolean add(Notification notification, boolean digestDue) {
        return jdbc.sql("""
                        insert into inbox_notification (recipient_id, kind, comment_id, author_id, article_title, permalink,
                            excerpt, decision, reason, created_at, digest_due)
                        values (:recipient, :kind, :comment, :author, :title, :permalink, :excerpt, :decision, :reason,
                            :createdAt, :digest)
                        on conflict do nothing""")
                .param("recipient", notification.recipientId())
                .param("kind", notification.kind().code())
                .param("comment", notification.commentId())
                .param("author", notification.authorId())
                .param("title", notification.articleTitle())
                .param("permalink", notification.permalink())
                .param("excerpt", notification.excerpt())
                .param("decision", notification.decision())
                .param("reason", notification.reason())
                .param("createdAt", Timestamp.from(notification.createdAt()))
                .param("digest", digestDue)
                .update() == 1;
    }

    /** A page of the reader's notifications, newest first, leaving out those by readers they muted since. */
    List<Notification> page(long recipientId, Set<Long> muted, int offset, int limit) {
        return jdbc.sql("""
                        select * from inbox_notification
                        where recipient_id = :recipient and (author_id is null or not author_id = any(:muted))
                        order by created_at desc, id desc offset :offset limit :limit""")
                .param("recipient", recipientId).param("muted", muted.toArray(Long[]::new))
                .param("offset", offset).param("limit", limit)
                .query(InboxStore::notification).list();
    }

    int unread(long recipientId, Set<Long> muted) {
        return jdbc.sql("""
                        select count(*) from inbox_notification
                        where recipient_id = :recipient and read_at is null
                          and (author_id is null or not author_id = any(:muted))""")
                .param("recipient", recipientId).param("muted", muted.toArray(Long[]::new))
                .query(Integer.class).single();
    }

    /** Marks one of the reader's own notifications read; false when the reader has no such notification. */
    boolean markRead(long recipientId, long notificationId) {
        return jdbc.sql("""
                        update inbox_notification set read_at = coalesce(read_at, now())
                        where id = :id and recipient_id = :recipient""")
                .param("id", notificationId).param("recipient", recipientId).update() == 1;
    }

    void markAllRead(long recipientId) {
        jdbc.sql("update inbox_notification set read_at = now() where recipient_id = :recipient and read_at is null")
                .param("recipient", recipientId).update();
    }

    /** Each reader's choice per kind, for these readers; a kind a reader never chose is absent. */
    Map<Long, Map<NotificationKind, Delivery>> settings(Collection<Long> readerIds) {
        Map<Long, Map<NotificationKind, Delivery>> settings = new HashMap<>();
        jdbc.sql("select reader_id, kind, delivery from inbox_setting where reader_id = any(:readers)")
                .param("readers", readerIds.toArray(Long[]::new))
                .query((row, number) -> {
                    settings.computeIfAbsent(row.getLong("reader_id"), id -> new EnumMap<>(NotificationKind.class))
                            .put(NotificationKind.of(row.getString("kind")), Delivery.of(row.getString("delivery")).orElseThrow());
                    return null;
                }).list();
        return settings;
    }

    Delivery setting(long readerId, NotificationKind kind) {
        return settings(List.of(readerId)).getOrDefault(readerId, Map.of()).getOrDefault(kind, Delivery.INBOX);
    }

    void saveSettings(long readerId, Map<NotificationKind, Delivery> choices) {
        choices.forEach((kind, delivery) -> jdbc.sql("""
                        insert into inbox_setting (reader_id, kind, delivery) values (:reader, :kind, :delivery)
                        on conflict (reader_id, kind) do update set delivery = excluded.delivery""")
                .param("reader", readerId).param("kind", kind.code()).param("delivery", delivery.code()).update());
    }

    /** Readers with notifications waiting for their digest. */
    List<Long> digestRecipients() {
        return jdbc.sql("select distinct recipient_id from inbox_notification where digest_due")
                .query(Long.class).list();
    }

    /**
     * The reader's notifications waiting for the digest, locked and taken off the waiting list within the
     * caller's transaction, so two nodes never send the same digest. Those the reader read meanwhile are
     * taken off too, but not returned.
     */
    List<Notification> takeDigest(long recipientId) {
        List<Notification> due = jdbc.sql("""
                        select * from inbox_notification where recipient_id = :recipient and digest_due
                        order by created_at, id for update skip locked""")
                .param("recipient", recipientId).query(InboxStore::notification).list();
        jdbc.sql("update inbox_notification set digest_due = false where id = any(:ids)")
                .param("ids", due.stream().map(Notification::id).toArray(Long[]::new)).update();
        return due.stream().filter(notification -> !notification.read()).toList();
    }

    /** The newest comments by these authors still shown to readers, newest first. */
    List<CopiedComment> commentsBy(Set<Long> authorIds, int offset, int limit) {
        return jdbc.sql("""
                        select * from inbox_comment where author_id = any(:authors) and not withdrawn
                        order by published_at desc, comment_id desc offset :offset limit :limit""")
                .param("authors", authorIds.toArray(Long[]::new)).param("offset", offset).param("limit", limit)
                .query(InboxStore::comment).list();
    }

    /**
     * A reader deleted their account: what they were told and chose goes. Their comments leave the inbox's
     * copies too, unless they chose to keep them, in which case the copies (and what others were told of
     * them) no longer name them.
     */
    void forgetReader(long readerId, boolean keepComments) {
        jdbc.sql("delete from inbox_notification where recipient_id = :reader").param("reader", readerId).update();
        jdbc.sql("delete from inbox_setting where reader_id = :reader").param("reader", readerId).update();
        if (keepComments) {
            jdbc.sql("update inbox_comment set author_id = null where author_id = :reader").param("reader", readerId).update();
            jdbc.sql("update inbox_notification set author_id = null where author_id = :reader").param("reader", readerId).update();
        } else {
            jdbc.sql("delete from inbox_notification where comment_id in (select comment_id from inbox_comment where author_id = :reader)")
                    .param("reader", readerId).update();
            jdbc.sql("delete from inbox_comment where author_id = :reader").param("reader", readerId).update();
        }
    }

    /** What "download my data" gives of the inbox: the reader's settings and notifications. */
    Map<String, Object> export(long readerId) {
        Map<String, Object> data = new HashMap<>();
        Map<String, String> settings = new HashMap<>();
        this.settings(List.of(readerId)).getOrDefault(readerId, Map.of())
                .forEach((kind, delivery) -> settings.put(kind.code(), delivery.code()));
        data.put("settings", settings);
        data.put("notifications", jdbc.sql("select * from inbox_notification where recipient_id = :reader order by created_at, id")
                .param("reader", readerId).query(InboxStore::notification).list().stream()
                .map(notification -> {
                    Map<String, Object> entry = new HashMap<>();
                    entry.put("kind", notification.kind().code());
                    entry.put("comment", notification.permalink());
                    entry.put("article", notification.articleTitle());
                    entry.put("excerpt", notification.excerpt());
                    entry.put("decision", notification.decision());
                    entry.put("reason", notification.reason());
                    entry.put("at", notification.createdAt().toString());
                    entry.put("read", notification.read());
                    entry.put("withdrawn", notification.withdrawn());
                    return entry;
                }).toList());
        return data;
    }

    private static CopiedComment comment(ResultSet row, int number) throws SQLException {
        Array participants = row.getArray("participant_ids");
        Set<Long> participantIds = new LinkedHashSet<>(Arrays.asList((Long[]) participants.getArray()));
        return new CopiedComment(row.getLong("comment_id"), row.getLong("article_id"), row.getString("article_title"),
                row.getString("permalink"), row.getObject("author_id", Long.class), row.getString("excerpt"),
                row.getObject("parent_comment_id", Long.class), row.getObject("parent_author_id", Long.class),
                participantIds, row.getTimestamp("published_at").toInstant(), instant(row.getTimestamp("edited_at")),
                row.getBoolean("withdrawn"));
    }

    private static Notification notification(ResultSet row, int number) throws SQLException {
        return new Notification(row.getLong("id"), row.getLong("recipient_id"), NotificationKind.of(row.getString("kind")),
                row.getLong("comment_id"), row.getObject("author_id", Long.class), row.getString("article_title"),
                row.getString("permalink"), row.getString("excerpt"), row.getString("decision"),
                row.getString("reason"), row.getTimestamp("created_at").toInstant(), row.getTimestamp("read_at") != null,
                row.getTimestamp("withdrawn_at") != null);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
