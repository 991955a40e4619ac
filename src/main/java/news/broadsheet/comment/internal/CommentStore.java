package news.broadsheet.comment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The comment tables. Every change to an article's comments first locks that article's
 * {@code comment_thread} row, so changes to one discussion queue up, and ends by recounting it, so the
 * count is always the number of published comments.
 */
@Component
class CommentStore {

    private static final String COLUMNS = """
            select c.id, c.article_id, c.parent_id, c.root_id, c.depth, c.reader_id, c.author_name, c.author_handle,
                   c.body, c.status, c.hold_reason, c.reject_reason, c.featured, c.recommendations, c.created_at,
                   c.edited_at, p.author_name as parent_author_name
            from comment c left join comment p on p.id = c.parent_id
            """;
    /**
     * What a reader may see: published comments, their own waiting ones, and deleted ones that still have
     * replies (as a placeholder). {@code :viewer} is -1 for a reader who is not signed in.
     */
    private static final String VISIBLE = """
             (c.status = 'published' or (c.status = 'pending' and c.reader_id = :viewer)
              or (c.status = 'deleted' and exists (select 1 from comment r where r.parent_id = c.id
                                                   and r.status in ('published', 'deleted'))))
            """;

    private final JdbcClient jdbc;

    CommentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record ThreadState(int published, Instant changedAt) {
    }

    /** Locks the article's discussion for the rest of the transaction. */
    void lockThread(long articleId) {
        jdbc.sql("insert into comment_thread (article_id) values (:article) on conflict do nothing")
                .param("article", articleId).update();
        jdbc.sql("select 1 from comment_thread where article_id = :article for update")
                .param("article", articleId).query(Integer.class).single();
    }

    /** Recounts the discussion locked by {@link #lockThread} and marks it changed. */
    void recount(long articleId) {
        jdbc.sql("""
                        update comment_thread set changed_at = clock_timestamp(),
                               published = (select count(*) from comment where article_id = :article and status = 'published')
                        where article_id = :article""")
                .param("article", articleId).update();
    }

    Optional<ThreadState> thread(long articleId) {
        return jdbc.sql("select published, changed_at from comment_thread where article_id = :article")
                .param("article", articleId)
                .query((rs, n) -> new ThreadState(rs.getInt("published"), rs.getTimestamp("changed_at").toInstant()))
                .optional();
    }

    Map<Long, Integer> counts(Collection<Long> articleIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (articleIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("select article_id, published from comment_thread where article_id = any(:ids)")
                .param("ids", articleIds.toArray(Long[]::new))
                .query((ResultSet rs) -> {
                    counts.put(rs.getLong("article_id"), rs.getInt("published"));
                });
        return counts;
    }

    long insert(Submission submission, Comment parent, String authorName, String authorHandle, CommentStatus status,
                String holdReason) {
        int depth = parent == null ? 0 : Math.min(parent.depth() + 1, Comment.DEEPEST);
        long id = jdbc.sql("""
                        insert into comment (article_id, parent_id, depth, reader_id, author_name, author_handle, body,
                                             status, hold_reason)
                        values (:article, :parent, :depth, :reader, :name, :handle, :body, :status, :hold)
                        returning id""")
                .param("article", submission.articleId())
                .param("parent", parent == null ? null : parent.id(), java.sql.Types.BIGINT)
                .param("depth", depth)
                .param("reader", submission.readerId())
                .param("name", authorName)
                .param("handle", authorHandle)
                .param("body", submission.text())
                .param("status", status.column())
                .param("hold", holdReason)
                .query(Long.class).single();
        jdbc.sql("update comment set root_id = :root where id = :id")
                .param("root", parent == null ? id : parent.rootId())
                .param("id", id).update();
        return id;
    }

    Optional<Comment> find(long id) {
        return jdbc.sql(COLUMNS + " where c.id = :id").param("id", id).query(CommentStore::comment).optional();
    }

    /** The top-level comments of one page of the discussion, in the reader's order. */
    List<Comment> roots(long articleId, ThreadSort sort, long viewer, int offset, int limit) {
        return jdbc.sql(COLUMNS + " where c.article_id = :article and c.parent_id is null and " + VISIBLE
                        + " order by " + sort.orderBy() + " limit :limit offset :offset")
                .param("article", articleId)
                .param("viewer", viewer)
                .param("limit", limit)
                .param("offset", offset)
                .query(CommentStore::comment).list();
    }

    int countRoots(long articleId, long viewer) {
        return jdbc.sql("select count(*) from comment c where c.article_id = :article and c.parent_id is null and " + VISIBLE)
                .param("article", articleId)
                .param("viewer", viewer)
                .query(Integer.class).single();
    }

    /** How many visible top-level comments come before this one in the order. */
    int rootsBefore(Comment root, ThreadSort sort, long viewer) {
        String before = switch (sort) {
            case OLDEST -> "(c.created_at, c.id) < (:at, :id)";
            case NEWEST -> "(c.created_at, c.id) > (:at, :id)";
            case RECOMMENDED -> "(c.recommendations > :recommendations or (c.recommendations = :recommendations"
                    + " and (c.created_at, c.id) < (:at, :id)))";
        };
        return jdbc.sql("select count(*) from comment c where c.article_id = :article and c.parent_id is null and "
                        + VISIBLE + " and " + before)
                .param("article", root.articleId())
                .param("viewer", viewer)
                .param("at", Timestamp.from(root.createdAt()))
                .param("id", root.id())
                .param("recommendations", root.recommendations())
                .query(Integer.class).single();
    }

    /** Every visible reply in these threads, oldest first. */
    List<Comment> replies(List<Long> rootIds, long viewer) {
        if (rootIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " where c.root_id = any(:roots) and c.parent_id is not null and " + VISIBLE
                        + " order by c.created_at, c.id")
                .param("roots", rootIds.toArray(Long[]::new))
                .param("viewer", viewer)
                .query(CommentStore::comment).list();
    }

    /** Stores the new words; answers when they were changed. */
    Instant editBody(long id, String text) {
        return jdbc.sql("update comment set body = :body, edited_at = clock_timestamp() where id = :id returning edited_at")
                .param("body", text).param("id", id).query(Timestamp.class).single().toInstant();
    }

    void setStatus(long id, CommentStatus status, String rejectReason) {
        jdbc.sql("update comment set status = :status, reject_reason = :reason where id = :id")
                .param("status", status.column()).param("reason", rejectReason).param("id", id).update();
    }

    void setFeatured(long id, boolean featured) {
        jdbc.sql("update comment set featured = :featured where id = :id")
                .param("featured", featured).param("id", id).update();
    }

    /** One recommendation per reader: says whether this one counted. */
    boolean recommend(long commentId, long readerId) {
        int added = jdbc.sql("""
                        insert into comment_recommendation (comment_id, reader_id) values (:comment, :reader)
                        on conflict do nothing""")
                .param("comment", commentId).param("reader", readerId).update();
        if (added == 1) {
            jdbc.sql("update comment set recommendations = recommendations + 1 where id = :id").param("id", commentId).update();
        }
        return added == 1;
    }

    /** One report per reader and comment: says whether this one is new. */
    boolean report(long commentId, long readerId, String reason) {
        return jdbc.sql("""
                        insert into comment_report (comment_id, reader_id, reason) values (:comment, :reader, :reason)
                        on conflict do nothing""")
                .param("comment", commentId).param("reader", readerId).param("reason", reason).update() == 1;
    }

    void resolveReports(long commentId) {
        jdbc.sql("update comment_report set resolved_at = now() where comment_id = :id and resolved_at is null")
                .param("id", commentId).update();
    }

    boolean hasPublished(long readerId) {
        return jdbc.sql("select exists (select 1 from comment where reader_id = :reader and status = 'published')")
                .param("reader", readerId).query(Boolean.class).single();
    }

    /** The reader's most recent published comments, for their profile. */
    List<Comment> recentBy(long readerId, int limit) {
        return jdbc.sql(COLUMNS + " where c.reader_id = :reader and c.status = 'published' order by c.created_at desc limit :limit")
                .param("reader", readerId).param("limit", limit)
                .query(CommentStore::comment).list();
    }

    /** The reader's comments others can see now, which erasing them withdraws. */
    List<Comment> publishedBy(long readerId) {
        return jdbc.sql(COLUMNS + " where c.reader_id = :reader and c.status = 'published' order by c.id")
                .param("reader", readerId).query(CommentStore::comment).list();
    }

    /** Articles whose discussions hold comments by the reader, to lock and recount them. */
    List<Long> articlesWithCommentsBy(long readerId) {
        return jdbc.sql("select distinct article_id from comment where reader_id = :reader order by article_id")
                .param("reader", readerId).query(Long.class).list();
    }

    /** The reader's comments stay, signed "deleted reader" and tied to no account. */
    void anonymise(long readerId, String name) {
        jdbc.sql("update comment set reader_id = null, author_name = :name, author_handle = null where reader_id = :reader")
                .param("name", name).param("reader", readerId).update();
        forgetReader(readerId);
    }

    /**
     * The reader's comments go: their words are erased and each becomes a deleted placeholder, so replies
     * by others keep their place in the thread.
     */
    void erase(long readerId, String name) {
        jdbc.sql("""
                        update comment set reader_id = null, author_name = :name, author_handle = null, body = '',
                                           status = case when status = 'published' or status = 'deleted' then 'deleted'
                                                         else 'rejected' end
                        where reader_id = :reader""")
                .param("name", name).param("reader", readerId).update();
        forgetReader(readerId);
    }

    private void forgetReader(long readerId) {
        jdbc.sql("delete from comment_report where reader_id = :reader").param("reader", readerId).update();
        jdbc.sql("delete from comment_sanction where reader_id = :reader").param("reader", readerId).update();
    }

    static Comment comment(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        long reader = rs.getLong("reader_id");
        Long readerId = rs.wasNull() ? null : reader;
        Timestamp edited = rs.getTimestamp("edited_at");
        return new Comment(rs.getLong("id"), rs.getLong("article_id"), parentId, rs.getLong("root_id"),
                rs.getInt("depth"), readerId, rs.getString("author_name"), rs.getString("author_handle"),
                rs.getString("body"), CommentStatus.of(rs.getString("status")), rs.getString("hold_reason"),
                rs.getString("reject_reason"), rs.getBoolean("featured"), rs.getInt("recommendations"),
                rs.getTimestamp("created_at").toInstant(), edited == null ? null : edited.toInstant(),
                rs.getString("parent_author_name"));
    }
}
