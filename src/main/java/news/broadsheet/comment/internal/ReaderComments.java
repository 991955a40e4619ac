package news.broadsheet.comment.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.broadsheet.article.ArticleCard;
import news.broadsheet.article.Articles;
import news.broadsheet.reader.ProfileSection;
import news.broadsheet.reader.ReaderDataExport;
import news.broadsheet.reader.ReaderProfile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A reader's comments outside the discussions: their latest published ones on their public profile, and
 * every one of theirs, whatever became of it, in "download my data".
 */
@Component
class ReaderComments implements ProfileSection.Source, ReaderDataExport {

    static final int ON_PROFILE = 20;

    private final CommentStore store;
    private final Articles articles;
    private final JdbcClient jdbc;

    ReaderComments(CommentStore store, Articles articles, JdbcClient jdbc) {
        this.store = store;
        this.articles = articles;
        this.jdbc = jdbc;
    }

    @Override
    public ProfileSection sectionFor(ReaderProfile reader) {
        List<Comment> latest = store.recentBy(reader.id(), ON_PROFILE);
        Map<Long, ArticleCard> cards = cardsOf(latest);
        List<ProfileSection.Entry> entries = latest.stream()
                .filter(comment -> cards.containsKey(comment.articleId()))
                .map(comment -> new ProfileSection.Entry(
                        "On “" + cards.get(comment.articleId()).headline() + "”: " + CommentText.excerpt(comment.body(), 160),
                        "/comments/" + comment.id(), comment.createdAt()))
                .toList();
        return new ProfileSection("Latest comments", entries, "No comments yet.");
    }

    @Override
    public String name() {
        return "comments";
    }

    /** One comment in the download: the words as stored, where, when, and what became of it. */
    record ExportedComment(long id, String article, Long inReplyTo, String text, String status, String rejectReason,
                           Instant postedAt, Instant editedAt, int recommendations) {
    }

    record ExportedReport(long commentId, String reason, Instant reportedAt) {
    }

    @Override
    public Object export(long readerId) {
        List<Comment> all = jdbc.sql("""
                        select c.id, c.article_id, c.parent_id, c.root_id, c.depth, c.reader_id, c.author_name,
                               c.author_handle, c.body, c.status, c.hold_reason, c.reject_reason, c.featured,
                               c.recommendations, c.created_at, c.edited_at, null as parent_author_name
                        from comment c where c.reader_id = :reader order by c.created_at""")
                .param("reader", readerId).query(CommentStore::comment).list();
        Map<Long, ArticleCard> cards = cardsOf(all);
        List<ExportedComment> comments = all.stream()
                .map(comment -> new ExportedComment(comment.id(),
                        cards.containsKey(comment.articleId()) ? cards.get(comment.articleId()).path() : null,
                        comment.parentId(), comment.body(), comment.status().column(), comment.rejectReason(),
                        comment.createdAt(), comment.editedAt(), comment.recommendations()))
                .toList();
        List<ExportedReport> reports = jdbc.sql("""
                        select comment_id, reason, reported_at from comment_report where reader_id = :reader
                        order by reported_at""")
                .param("reader", readerId)
                .query((rs, n) -> new ExportedReport(rs.getLong("comment_id"), rs.getString("reason"),
                        rs.getTimestamp("reported_at").toInstant()))
                .list();
        List<Long> recommended = jdbc.sql("select comment_id from comment_recommendation where reader_id = :reader order by comment_id")
                .param("reader", readerId).query(Long.class).list();
        return Map.of("written", comments, "reported", reports, "recommended", recommended);
    }

    private Map<Long, ArticleCard> cardsOf(List<Comment> comments) {
        return articles.publishedCards(comments.stream().map(Comment::articleId).distinct().toList()).stream()
                .collect(Collectors.toMap(ArticleCard::id, Function.identity()));
    }
}
