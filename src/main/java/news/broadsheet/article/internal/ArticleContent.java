package news.broadsheet.article.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import news.broadsheet.article.Actor;
import news.broadsheet.article.ArticleDesk;
import news.broadsheet.article.ArticleDraft;
import news.broadsheet.article.ArticleStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a checked draft into an article and what it is filed under. Callers hold the transaction and
 * have checked the draft with {@link DraftCheck}.
 */
@Component
class ArticleContent {

    /** The row a save starts from, read under a lock so two saves cannot both pass the version check. */
    record Locked(int version, String slug, ArticleStatus status, boolean everPublished) {
    }

    private final JdbcClient jdbc;
    private final BodyRenderer bodyRenderer;
    private final ArticleDesk desk;

    ArticleContent(JdbcClient jdbc, BodyRenderer bodyRenderer, ArticleDesk desk) {
        this.jdbc = jdbc;
        this.bodyRenderer = bodyRenderer;
        this.desk = desk;
    }

    long insertDraft(ArticleDraft draft, Actor by) {
        long id = jdbc.sql("""
                        insert into article (slug, headline, standfirst, body_markdown, body_html, section_id,
                                             hero_image_id, status, created_by_staff)
                        values (:slug, :headline, :standfirst, :markdown, :html, :section, :hero, 'draft', :staff)
                        returning id""")
                .param("slug", draft.slug()).param("headline", draft.headline()).param("standfirst", draft.standfirst())
                .param("markdown", draft.bodyMarkdown()).param("html", bodyRenderer.render(draft.bodyMarkdown()))
                .param("section", draft.sectionId()).param("hero", draft.heroImageId()).param("staff", by.staffId())
                .query(Long.class).single();
        replaceFiling(id, draft);
        return id;
    }

    Optional<Locked> lock(long id) {
        return jdbc.sql("select version, slug, status, published_at is not null as ever_published from article where id = :id for update")
                .param("id", id)
                .query((rs, n) -> new Locked(rs.getInt("version"), rs.getString("slug"), ArticleStatus.fromColumn(rs.getString("status")),
                        rs.getBoolean("ever_published")))
                .optional();
    }

    /** Stores the draft over the locked row and answers the new version. */
    int update(long id, Locked before, ArticleDraft draft) {
        int version = jdbc.sql("""
                        update article set slug = :slug, headline = :headline, standfirst = :standfirst,
                               body_markdown = :markdown, body_html = :html, section_id = :section, hero_image_id = :hero,
                               version = version + 1, saved_at = now(),
                               updated_at = case when status = 'published' then now() else updated_at end
                        where id = :id returning version""")
                .param("id", id)
                .param("slug", draft.slug()).param("headline", draft.headline()).param("standfirst", draft.standfirst())
                .param("markdown", draft.bodyMarkdown()).param("html", bodyRenderer.render(draft.bodyMarkdown()))
                .param("section", draft.sectionId()).param("hero", draft.heroImageId())
                .query(Integer.class).single();
        if (!before.slug().equals(draft.slug())) {
            rememberOldSlug(id, before, draft.slug());
        }
        replaceFiling(id, draft);
        return version;
    }

    /** Readers may have the old address of an article that has been out; it keeps leading to the article. */
    private void rememberOldSlug(long id, Locked before, String newSlug) {
        jdbc.sql("delete from article_old_slug where slug = :slug and article_id = :id")
                .param("slug", newSlug).param("id", id).update();
        if (before.everPublished()) {
            jdbc.sql("insert into article_old_slug (slug, article_id) values (:slug, :id) on conflict (slug) do nothing")
                    .param("slug", before.slug()).param("id", id).update();
        }
    }

    private void replaceFiling(long id, ArticleDraft draft) {
        jdbc.sql("delete from article_author where article_id = :id").param("id", id).update();
        jdbc.sql("delete from article_topic where article_id = :id").param("id", id).update();
        jdbc.sql("delete from article_edition where article_id = :id").param("id", id).update();
        int position = 0;
        for (long author : draft.authorIds()) {
            jdbc.sql("insert into article_author (article_id, author_id, position) values (:id, :author, :position)")
                    .param("id", id).param("author", author).param("position", position++).update();
        }
        for (String name : topicNames(draft)) {
            jdbc.sql("insert into article_topic (article_id, topic_id) values (:id, :topic) on conflict do nothing")
                    .param("id", id).param("topic", desk.topicNamed(name).id()).update();
        }
        for (String edition : draft.editions()) {
            jdbc.sql("insert into article_edition (article_id, edition_code) values (:id, :edition)")
                    .param("id", id).param("edition", edition).update();
        }
    }

    private static List<String> topicNames(ArticleDraft draft) {
        return Arrays.stream(draft.topicNames().split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }
}
