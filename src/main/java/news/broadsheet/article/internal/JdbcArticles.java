package news.broadsheet.article.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleCard;
import news.broadsheet.article.Articles;
import news.broadsheet.article.Author;
import news.broadsheet.article.ResultPage;
import news.broadsheet.article.Section;
import news.broadsheet.article.Topic;
import news.broadsheet.media.Image;
import news.broadsheet.media.Images;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcArticles implements Articles {

    private static final String CARD_COLUMNS = """
            select a.id, a.slug, a.headline, a.standfirst, a.hero_image_id, a.published_at, a.updated_at,
                   s.id as section_id, s.slug as section_slug, s.name as section_name,
                   s.description as section_description
            from article a join section s on s.id = a.section_id
            """;
    private static final String PUBLISHED = " where a.status = 'published' ";
    private static final String IN_EDITION = """
             and exists (select 1 from article_edition e where e.article_id = a.id and e.edition_code = :edition)
            """;
    private static final String NEWEST_FIRST = " order by a.published_at desc, a.id desc ";
    private static final String FRONT_SLOT = " left join front_slot f on f.article_id = a.id and f.edition_code = :edition ";
    private static final String CURATED_FIRST = " order by f.position nulls last, a.published_at desc, a.id desc ";

    private final JdbcClient jdbc;
    private final Images images;

    JdbcArticles(JdbcClient jdbc, Images images) {
        this.jdbc = jdbc;
        this.images = images;
    }

    @Override
    public Optional<Article> published(String slug) {
        return jdbc.sql(CARD_COLUMNS.replace("select ", "select a.body_html, ") + PUBLISHED + " and a.slug = :slug")
                .param("slug", slug)
                .query((rs, row) -> new Row(card(rs), rs.getString("body_html")))
                .optional()
                .map(this::whole);
    }

    private record Row(CardRow card, String bodyHtml) {
    }

    private Article whole(Row row) {
        CardRow card = row.card();
        long id = card.id();
        List<Topic> topics = jdbc.sql("""
                        select t.id, t.slug, t.name from article_topic at join topic t on t.id = at.topic_id
                        where at.article_id = :id order by t.name""")
                .param("id", id)
                .query((rs, n) -> new Topic(rs.getLong("id"), rs.getString("slug"), rs.getString("name")))
                .list();
        Set<String> editions = new HashSet<>(jdbc.sql("select edition_code from article_edition where article_id = :id")
                .param("id", id).query(String.class).list());
        Image hero = card.heroImageId() == null ? null : images.find(card.heroImageId()).orElse(null);
        return new Article(id, card.slug(), card.headline(), card.standfirst(), row.bodyHtml(), card.section(), topics,
                authorsOf(List.of(id)).getOrDefault(id, List.of()), hero, card.publishedAt(), card.updatedAt(), editions,
                Corrections.of(jdbc, id));
    }

    @Override
    public ResultPage<ArticleCard> latestInEdition(String editionCode, int page, int pageSize) {
        return page(PUBLISHED + IN_EDITION, Map.of("edition", editionCode), page, pageSize);
    }

    /** One ordered query for curated and other stories, so no page repeats or skips a story. */
    @Override
    public ResultPage<ArticleCard> editionFront(String editionCode, int page, int pageSize) {
        return page(FRONT_SLOT, PUBLISHED + IN_EDITION, CURATED_FIRST, Map.of("edition", editionCode), page, pageSize);
    }

    @Override
    public ResultPage<ArticleCard> latestInSection(String editionCode, long sectionId, int page, int pageSize) {
        return page(PUBLISHED + IN_EDITION + " and a.section_id = :section",
                Map.of("edition", editionCode, "section", sectionId), page, pageSize);
    }

    @Override
    public ResultPage<ArticleCard> byAuthor(long authorId, int page, int pageSize) {
        return page(PUBLISHED + " and exists (select 1 from article_author x where x.article_id = a.id and x.author_id = :author)",
                Map.of("author", authorId), page, pageSize);
    }

    @Override
    public ResultPage<ArticleCard> byTopic(long topicId, int page, int pageSize) {
        return page(PUBLISHED + " and exists (select 1 from article_topic x where x.article_id = a.id and x.topic_id = :topic)",
                Map.of("topic", topicId), page, pageSize);
    }

    private ResultPage<ArticleCard> page(String where, Map<String, ?> params, int page, int pageSize) {
        return page("", where, NEWEST_FIRST, params, page, pageSize);
    }

    private ResultPage<ArticleCard> page(String joins, String where, String order, Map<String, ?> params, int page,
                                         int pageSize) {
        long total = jdbc.sql("select count(*) from article a " + where).params(params).query(Long.class).single();
        List<CardRow> rows = jdbc.sql(CARD_COLUMNS + joins + where + order + " limit :limit offset :offset")
                .params(params)
                .param("limit", pageSize)
                .param("offset", (long) (page - 1) * pageSize)
                .query((rs, n) -> card(rs))
                .list();
        return new ResultPage<>(cards(rows), page, pageSize, total);
    }

    @Override
    public List<ArticleCard> allPublished(int offset, int limit) {
        return cards(jdbc.sql(CARD_COLUMNS + PUBLISHED + NEWEST_FIRST + " limit :limit offset :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> card(rs))
                .list());
    }

    @Override
    public long countPublished() {
        return jdbc.sql("select count(*) from article a" + PUBLISHED).query(Long.class).single();
    }

    @Override
    public List<ArticleCard> publishedSince(Instant since) {
        return cards(jdbc.sql(CARD_COLUMNS + PUBLISHED + " and a.published_at >= :since" + NEWEST_FIRST)
                .param("since", Timestamp.from(since))
                .query((rs, n) -> card(rs))
                .list());
    }

    @Override
    public List<ArticleCard> publishedCards(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CardRow> byId = new HashMap<>();
        jdbc.sql(CARD_COLUMNS + PUBLISHED + " and a.id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> card(rs))
                .list()
                .forEach(row -> byId.put(row.id(), row));
        return cards(ids.stream().map(byId::get).filter(Objects::nonNull).toList());
    }

    @Override
    public List<Section> sections() {
        return jdbc.sql("select id, slug, name, description from section order by position, name")
                .query((rs, n) -> section(rs, ""))
                .list();
    }

    @Override
    public Optional<Section> section(String slug) {
        return jdbc.sql("select id, slug, name, description from section where slug = :slug")
                .param("slug", slug)
                .query((rs, n) -> section(rs, ""))
                .optional();
    }

    @Override
    public List<Author> authors() {
        return jdbc.sql("select id, slug, name, role, bio from author order by name")
                .query((rs, n) -> author(rs))
                .list();
    }

    @Override
    public Optional<Author> author(String slug) {
        return jdbc.sql("select id, slug, name, role, bio from author where slug = :slug")
                .param("slug", slug)
                .query((rs, n) -> author(rs))
                .optional();
    }

    @Override
    public Optional<Topic> topic(String slug) {
        return jdbc.sql("select id, slug, name from topic where slug = :slug")
                .param("slug", slug)
                .query((rs, n) -> new Topic(rs.getLong("id"), rs.getString("slug"), rs.getString("name")))
                .optional();
    }

    private record CardRow(long id, String slug, String headline, String standfirst, Section section,
                           Long heroImageId, Instant publishedAt, Instant updatedAt) {
    }

    private static CardRow card(ResultSet rs) throws SQLException {
        return new CardRow(rs.getLong("id"), rs.getString("slug"), rs.getString("headline"), rs.getString("standfirst"),
                section(rs, "section_"), rs.getObject("hero_image_id", Long.class),
                instant(rs, "published_at"), instant(rs, "updated_at"));
    }

    private List<ArticleCard> cards(List<CardRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(CardRow::id).toList();
        Map<Long, List<Author>> authors = authorsOf(ids);
        Map<Long, Image> heroes = images.findAll(rows.stream().map(CardRow::heroImageId).filter(Objects::nonNull).toList());
        List<ArticleCard> cards = new ArrayList<>(rows.size());
        for (CardRow row : rows) {
            cards.add(new ArticleCard(row.id(), row.slug(), row.headline(), row.standfirst(), row.section(),
                    authors.getOrDefault(row.id(), List.of()),
                    row.heroImageId() == null ? null : heroes.get(row.heroImageId()),
                    row.publishedAt(), row.updatedAt()));
        }
        return cards;
    }

    private Map<Long, List<Author>> authorsOf(List<Long> articleIds) {
        Map<Long, List<Author>> byArticle = new LinkedHashMap<>();
        jdbc.sql("""
                        select x.article_id, au.id, au.slug, au.name, au.role, au.bio
                        from article_author x join author au on au.id = x.author_id
                        where x.article_id = any(:ids) order by x.article_id, x.position""")
                .param("ids", articleIds.toArray(Long[]::new))
                .query(rs -> {
                    byArticle.computeIfAbsent(rs.getLong("article_id"), k -> new ArrayList<>()).add(author(rs));
                });
        return byArticle;
    }

    private static Section section(ResultSet rs, String prefix) throws SQLException {
        return new Section(rs.getLong(prefix + "id"), rs.getString(prefix + "slug"), rs.getString(prefix + "name"),
                rs.getString(prefix + "description"));
    }

    private static Author author(ResultSet rs) throws SQLException {
        return new Author(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("role"), rs.getString("bio"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
