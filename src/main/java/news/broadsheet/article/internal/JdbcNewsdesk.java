package news.broadsheet.article.internal;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import news.broadsheet.article.Actor;
import news.broadsheet.article.ArticleDraft;
import news.broadsheet.article.ArticleStatus;
import news.broadsheet.article.AutosavedText;
import news.broadsheet.article.DeskEntry;
import news.broadsheet.article.EditableArticle;
import news.broadsheet.article.Newsdesk;
import news.broadsheet.article.Revision;
import news.broadsheet.article.SaveOutcome;
import news.broadsheet.audit.AuditTrail;
import news.broadsheet.media.Image;
import news.broadsheet.media.Images;
import news.broadsheet.site.ContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcNewsdesk implements Newsdesk {

    private final JdbcClient jdbc;
    private final DraftCheck draftCheck;
    private final ArticleContent content;
    private final EditableArticles articles;
    private final RevisionStore revisions;
    private final BodyRenderer bodyRenderer;
    private final Images images;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    JdbcNewsdesk(JdbcClient jdbc, DraftCheck draftCheck, ArticleContent content, EditableArticles articles,
                 RevisionStore revisions, BodyRenderer bodyRenderer, Images images, AuditTrail audit,
                 ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.draftCheck = draftCheck;
        this.content = content;
        this.articles = articles;
        this.revisions = revisions;
        this.bodyRenderer = bodyRenderer;
        this.images = images;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public List<DeskEntry> draftsOf(long staffId, int limit) {
        return articles.draftsOf(staffId, limit);
    }

    @Override
    public List<DeskEntry> withStatus(ArticleStatus status, int limit) {
        return articles.withStatus(status, limit);
    }

    @Override
    public Optional<EditableArticle> find(long id) {
        return articles.find(id);
    }

    @Override
    @Transactional
    public SaveOutcome create(ArticleDraft draft, Actor by) {
        DraftCheck.Result checked = draftCheck.check(draft, null);
        if (!checked.problems().isEmpty()) {
            return new SaveOutcome.Invalid(checked.problems());
        }
        long id = content.insertDraft(checked.tidied(), by);
        revisions.add(id, 1, "created", by, checked.tidied());
        audit.record(by.name(), "created draft", "article", String.valueOf(id), checked.tidied().headline());
        return new SaveOutcome.Saved(id, 1);
    }

    @Override
    @Transactional
    public SaveOutcome save(long id, int expectedVersion, ArticleDraft draft, Actor by) {
        return store(id, expectedVersion, draft, by, "saved");
    }

    @Override
    @Transactional
    public SaveOutcome restore(long articleId, long revisionId, int expectedVersion, Actor by) {
        Revision revision = revisions.find(articleId, revisionId).orElseThrow(NoSuchElementException::new);
        return store(articleId, expectedVersion, revision.content(), by, "restored");
    }

    /**
     * The version check and the write happen under one row lock. A save that lost the race is kept as a
     * refused revision and the transaction still commits, so the text survives while the article is untouched.
     */
    private SaveOutcome store(long id, int expectedVersion, ArticleDraft draft, Actor by, String kind) {
        ArticleContent.Locked before = content.lock(id).orElseThrow(NoSuchElementException::new);
        if (before.version() != expectedVersion) {
            Revision refused = revisions.add(id, null, "refused", by, draft);
            audit.record(by.name(), "save refused (edit conflict)", "article", String.valueOf(id),
                    "based on version " + expectedVersion + ", current version " + before.version());
            return new SaveOutcome.Conflict(articles.find(id).orElseThrow(), refused);
        }
        DraftCheck.Result checked = draftCheck.check(draft, id);
        if (!checked.problems().isEmpty()) {
            return new SaveOutcome.Invalid(checked.problems());
        }
        int version = content.update(id, before, checked.tidied());
        revisions.add(id, version, kind, by, checked.tidied());
        jdbc.sql("delete from article_autosave where article_id = :id and staff_id = :staff")
                .param("id", id).param("staff", by.staffId()).update();
        if (before.status().isLive()) {
            audit.record(by.name(), kind.equals("restored") ? "restored published article" : "edited published article",
                    "article", String.valueOf(id), before.slug().equals(checked.tidied().slug()) ? ""
                            : "slug " + before.slug() + " → " + checked.tidied().slug());
            events.publishEvent(new ContentChanged("article"));
        }
        return new SaveOutcome.Saved(id, version);
    }

    @Override
    public List<Revision> revisions(long articleId) {
        return revisions.list(articleId);
    }

    @Override
    public Optional<Revision> revision(long articleId, long revisionId) {
        return revisions.find(articleId, revisionId);
    }

    @Override
    public Optional<Revision> revisionBefore(long articleId, long revisionId) {
        return revisions.savedBefore(articleId, revisionId);
    }

    @Override
    public void autosave(long articleId, Actor by, String headline, String standfirst, String bodyMarkdown) {
        jdbc.sql("""
                        insert into article_autosave (article_id, staff_id, headline, standfirst, body_markdown)
                        select id, :staff, :headline, :standfirst, :markdown from article where id = :article
                        on conflict (article_id, staff_id) do update set saved_at = now(), headline = excluded.headline,
                            standfirst = excluded.standfirst, body_markdown = excluded.body_markdown""")
                .param("article", articleId).param("staff", by.staffId())
                .param("headline", limit(headline, DraftCheck.MAX_HEADLINE * 2))
                .param("standfirst", limit(standfirst, DraftCheck.MAX_STANDFIRST * 2))
                .param("markdown", limit(bodyMarkdown, DraftCheck.MAX_BODY))
                .update();
    }

    /** An autosave holds work in progress, checked only when it is saved for real; its size is still bounded. */
    private static String limit(String text, int length) {
        String value = text == null ? "" : text;
        return value.length() > length ? value.substring(0, length) : value;
    }

    @Override
    public Optional<AutosavedText> autosaveNewerThanLastSave(long articleId, long staffId) {
        return jdbc.sql("""
                        select s.headline, s.standfirst, s.body_markdown, s.saved_at
                        from article_autosave s join article a on a.id = s.article_id
                        where s.article_id = :article and s.staff_id = :staff and s.saved_at > a.saved_at""")
                .param("article", articleId).param("staff", staffId)
                .query((rs, n) -> new AutosavedText(rs.getString("headline"), rs.getString("standfirst"),
                        rs.getString("body_markdown"), rs.getTimestamp("saved_at").toInstant()))
                .optional();
    }

    @Override
    public String preview(String bodyMarkdown) {
        return bodyRenderer.render(limit(bodyMarkdown, DraftCheck.MAX_BODY));
    }

    @Override
    public List<Image> heroImageChoices(int limit) {
        return images.newestFirst(0, limit);
    }
}
