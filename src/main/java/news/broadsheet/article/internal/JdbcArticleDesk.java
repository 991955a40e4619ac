package news.broadsheet.article.internal;

import java.sql.Timestamp;
import java.text.Normalizer;
import java.util.Locale;
import news.broadsheet.article.ArticleDesk;
import news.broadsheet.article.Author;
import news.broadsheet.article.NewArticle;
import news.broadsheet.article.Section;
import news.broadsheet.article.Topic;
import news.broadsheet.site.ContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcArticleDesk implements ArticleDesk {

    private final JdbcClient jdbc;
    private final BodyRenderer bodyRenderer;
    private final ApplicationEventPublisher events;

    JdbcArticleDesk(JdbcClient jdbc, BodyRenderer bodyRenderer, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.bodyRenderer = bodyRenderer;
        this.events = events;
    }

    @Override
    @Transactional
    public Section createSection(String slug, String name, String description) {
        long id = jdbc.sql("""
                        insert into section (slug, name, description, position)
                        values (:slug, :name, :description, (select coalesce(max(position), 0) + 1 from section))
                        returning id""")
                .param("slug", slug).param("name", name).param("description", description)
                .query(Long.class).single();
        events.publishEvent(new ContentChanged("section"));
        return new Section(id, slug, name, description);
    }

    @Override
    @Transactional
    public Author createAuthor(String slug, String name, String role, String bio) {
        long id = jdbc.sql("insert into author (slug, name, role, bio) values (:slug, :name, :role, :bio) returning id")
                .param("slug", slug).param("name", name).param("role", role).param("bio", bio)
                .query(Long.class).single();
        events.publishEvent(new ContentChanged("author"));
        return new Author(id, slug, name, role, bio);
    }

    @Override
    @Transactional
    public Topic topicNamed(String name) {
        String slug = slugOf(name);
        long id = jdbc.sql("""
                        insert into topic (slug, name) values (:slug, :name)
                        on conflict (slug) do update set slug = excluded.slug
                        returning id""")
                .param("slug", slug).param("name", name.strip())
                .query(Long.class).single();
        return new Topic(id, slug, name.strip());
    }

    /** Lower-case ASCII words joined by hyphens: "São Paulo's mayor" becomes "sao-paulo-s-mayor". */
    static String slugOf(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("A name needs at least one letter or digit: " + text);
        }
        return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
    }

    @Override
    @Transactional
    public long publish(NewArticle article) {
        long id = jdbc.sql("""
                        insert into article (slug, headline, standfirst, body_markdown, body_html, section_id,
                                             hero_image_id, status, published_at, updated_at)
                        values (:slug, :headline, :standfirst, :markdown, :html, :section,
                                :hero, 'published', :published, :updated)
                        returning id""")
                .param("slug", article.slug())
                .param("headline", article.headline())
                .param("standfirst", article.standfirst())
                .param("markdown", article.bodyMarkdown())
                .param("html", bodyRenderer.render(article.bodyMarkdown()))
                .param("section", article.sectionId())
                .param("hero", article.heroImageId())
                .param("published", Timestamp.from(article.publishedAt()))
                .param("updated", article.updatedAt() == null ? null : Timestamp.from(article.updatedAt()))
                .query(Long.class).single();
        int position = 0;
        for (long authorId : article.authorIds()) {
            jdbc.sql("insert into article_author (article_id, author_id, position) values (:article, :author, :position)")
                    .param("article", id).param("author", authorId).param("position", position++)
                    .update();
        }
        for (long topicId : article.topicIds()) {
            jdbc.sql("insert into article_topic (article_id, topic_id) values (:article, :topic) on conflict do nothing")
                    .param("article", id).param("topic", topicId)
                    .update();
        }
        for (String edition : article.editions()) {
            jdbc.sql("insert into article_edition (article_id, edition_code) values (:article, :edition)")
                    .param("article", id).param("edition", edition)
                    .update();
        }
        events.publishEvent(new ContentChanged("article"));
        return id;
    }

    @Override
    public boolean hasArticles() {
        return jdbc.sql("select exists (select 1 from article)").query(Boolean.class).single();
    }
}
