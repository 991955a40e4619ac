package news.broadsheet.article.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Addresses a published article had before its slug changed, so links to them keep working. */
@Component
public class OldSlugs {

    private final JdbcClient jdbc;

    OldSlugs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The slug the published article once at {@code oldSlug} has now. */
    public Optional<String> currentSlugOf(String oldSlug) {
        return jdbc.sql("""
                        select a.slug from article_old_slug o join article a on a.id = o.article_id
                        where o.slug = :slug and a.status = 'published'""")
                .param("slug", oldSlug).query(String.class).optional();
    }
}
