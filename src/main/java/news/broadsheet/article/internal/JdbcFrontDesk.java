package news.broadsheet.article.internal;

import java.util.List;
import news.broadsheet.article.FrontChangeRefused;
import news.broadsheet.article.FrontDesk;
import news.broadsheet.article.FrontMove;
import news.broadsheet.article.FrontSlot;
import news.broadsheet.audit.AuditTrail;
import news.broadsheet.edition.Editions;
import news.broadsheet.site.ContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each front's curated stories in {@code front_slot}. A change first takes a lock on the edition's
 * front for the rest of its transaction, so two editors changing one front at once take turns instead of
 * overwriting each other, then writes the whole new order.
 */
@Component
class JdbcFrontDesk implements FrontDesk {

    private static final String AUDIT_ACTION = "reordered front";

    private final JdbcClient jdbc;
    private final Editions editions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    JdbcFrontDesk(JdbcClient jdbc, Editions editions, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.editions = editions;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public List<FrontSlot> curated(String editionCode) {
        return jdbc.sql("""
                        select f.position, a.id, a.slug, a.headline,
                               a.status = 'published' and exists (select 1 from article_edition e
                                   where e.article_id = a.id and e.edition_code = f.edition_code) as live
                        from front_slot f join article a on a.id = f.article_id
                        where f.edition_code = :edition order by f.position""")
                .param("edition", editionCode)
                .query((rs, n) -> new FrontSlot(rs.getInt("position"), rs.getLong("id"), rs.getString("slug"),
                        rs.getString("headline"), rs.getBoolean("live")))
                .list();
    }

    @Override
    @Transactional
    public void add(String editionCode, long articleId, String actor) {
        FrontOrder order = lockedOrder(editionCode);
        String headline = placeableHeadline(editionCode, articleId);
        order.add(articleId);
        save(editionCode, order, actor, "added “" + headline + "” at position " + order.ids().size());
    }

    @Override
    @Transactional
    public void move(String editionCode, long articleId, FrontMove move, String actor) {
        FrontOrder order = lockedOrder(editionCode);
        order.move(articleId, move);
        String headline = placeableHeadline(editionCode, articleId);
        int position = order.ids().indexOf(articleId) + 1;
        save(editionCode, order, actor, "moved “" + headline + "” to "
                + (position == 1 ? "the lead" : "position " + position));
    }

    @Override
    @Transactional
    public void remove(String editionCode, long articleId, String actor) {
        FrontOrder order = lockedOrder(editionCode);
        order.remove(articleId);
        save(editionCode, order, actor, "removed “" + headline(articleId) + "”");
    }

    @Override
    @Transactional
    public void reorder(String editionCode, List<Long> articleIds, String actor) {
        FrontOrder order = lockedOrder(editionCode);
        order.reorder(articleIds);
        save(editionCode, order, actor, "arranged the " + articleIds.size() + " chosen stories");
    }

    private FrontOrder lockedOrder(String editionCode) {
        if (editions.find(editionCode).isEmpty()) {
            throw new FrontChangeRefused("There is no such edition.");
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('front_slot:' || :edition, 0))")
                .param("edition", editionCode)
                .query().singleValue();
        return new FrontOrder(jdbc.sql("select article_id from front_slot where edition_code = :edition order by position")
                .param("edition", editionCode)
                .query(Long.class).list());
    }

    /** The story's headline, if it may stand on the edition's front: published, and in that edition. */
    private String placeableHeadline(String editionCode, long articleId) {
        record Candidate(String headline, boolean published, boolean inEdition) {
        }
        Candidate candidate = jdbc.sql("""
                        select a.headline, a.status = 'published' as published,
                               exists (select 1 from article_edition e
                                       where e.article_id = a.id and e.edition_code = :edition) as in_edition
                        from article a where a.id = :id""")
                .param("edition", editionCode).param("id", articleId)
                .query((rs, n) -> new Candidate(rs.getString("headline"), rs.getBoolean("published"),
                        rs.getBoolean("in_edition")))
                .optional()
                .orElseThrow(() -> new FrontChangeRefused("There is no such story."));
        if (!candidate.published()) {
            throw new FrontChangeRefused("“" + candidate.headline() + "” is not published, so it cannot be placed on"
                    + " the front. Publish it first, or remove it from the front.");
        }
        if (!candidate.inEdition()) {
            throw new FrontChangeRefused("“" + candidate.headline() + "” is not published in this edition.");
        }
        return candidate.headline();
    }

    private String headline(long articleId) {
        return jdbc.sql("select headline from article where id = :id").param("id", articleId)
                .query(String.class).optional().orElse("story " + articleId);
    }

    private void save(String editionCode, FrontOrder order, String actor, String detail) {
        jdbc.sql("delete from front_slot where edition_code = :edition").param("edition", editionCode).update();
        jdbc.sql("""
                        insert into front_slot (edition_code, position, article_id)
                        select :edition, slot.position, slot.article_id
                        from unnest(:ids) with ordinality as slot(article_id, position)""")
                .param("edition", editionCode)
                .param("ids", order.ids().toArray(Long[]::new))
                .update();
        audit.record(actor, AUDIT_ACTION, "front", editionCode, detail);
        events.publishEvent(new ContentChanged("front"));
    }
}
