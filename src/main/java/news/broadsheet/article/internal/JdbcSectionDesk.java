package news.broadsheet.article.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.article.FilingChangeRefused;
import news.broadsheet.article.Section;
import news.broadsheet.article.SectionDesk;
import news.broadsheet.article.SectionInUse;
import news.broadsheet.article.SectionMove;
import news.broadsheet.audit.AuditTrail;
import news.broadsheet.site.ContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sections in the {@code section} table, ordered by {@code position}. A reorder locks every section row
 * first, so two administrators moving sections at once take turns instead of writing clashing positions.
 */
@Component
class JdbcSectionDesk implements SectionDesk {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    JdbcSectionDesk(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public List<SectionInUse> sectionsInUse() {
        return jdbc.sql("""
                        select s.id, s.slug, s.name, s.description,
                               (select count(*) from article a where a.section_id = s.id) as articles
                        from section s order by s.position, s.name""")
                .query((rs, n) -> new SectionInUse(new Section(rs.getLong("id"), rs.getString("slug"),
                        rs.getString("name"), rs.getString("description")), rs.getLong("articles")))
                .list();
    }

    @Override
    @Transactional
    public Section create(String name, String slug, String description, String actor) {
        String cleanName = name.strip();
        String cleanDescription = description.strip();
        String cleanSlug = FilingRules.sectionSlug(cleanName, slug.strip());
        Map<String, String> problems = new LinkedHashMap<>();
        FilingRules.checkName(cleanName, problems);
        FilingRules.problemWithSectionSlug(cleanSlug).ifPresent(problem -> problems.put("slug", problem));
        FilingRules.checkDescription(cleanDescription, problems);
        if (!problems.containsKey("slug") && slugTaken(cleanSlug)) {
            problems.put("slug", "Another section already has the slug “" + cleanSlug + "”.");
        }
        if (!problems.isEmpty()) {
            throw new FilingChangeRefused(problems);
        }
        long id;
        try {
            id = jdbc.sql("""
                            insert into section (slug, name, description, position)
                            values (:slug, :name, :description, (select coalesce(max(position), 0) + 1 from section))
                            returning id""")
                    .param("slug", cleanSlug).param("name", cleanName).param("description", cleanDescription)
                    .query(Long.class).single();
        } catch (DataIntegrityViolationException raced) {
            throw new FilingChangeRefused(Map.of("slug", "Another section already has the slug “" + cleanSlug + "”."));
        }
        changed(actor, "created section", id, cleanName + " (" + cleanSlug + ")");
        return new Section(id, cleanSlug, cleanName, cleanDescription);
    }

    private boolean slugTaken(String slug) {
        return jdbc.sql("select exists (select 1 from section where slug = :slug)")
                .param("slug", slug).query(Boolean.class).single();
    }

    @Override
    @Transactional
    public void edit(long id, String name, String description, String actor) {
        String cleanName = name.strip();
        String cleanDescription = description.strip();
        Map<String, String> problems = new LinkedHashMap<>();
        FilingRules.checkName(cleanName, problems);
        FilingRules.checkDescription(cleanDescription, problems);
        if (!problems.isEmpty()) {
            throw new FilingChangeRefused(problems);
        }
        String before = nameOf(id);
        jdbc.sql("update section set name = :name, description = :description where id = :id")
                .param("id", id).param("name", cleanName).param("description", cleanDescription)
                .update();
        changed(actor, "edited section", id, before.equals(cleanName) ? cleanName : before + " → " + cleanName);
    }

    @Override
    @Transactional
    public void move(long id, SectionMove move, String actor) {
        List<Long> order = new ArrayList<>(jdbc.sql("select id from section order by position, name, id for update")
                .query(Long.class).list());
        int from = order.indexOf(id);
        if (from < 0) {
            throw FilingChangeRefused.because("That section no longer exists.");
        }
        int to = move == SectionMove.UP ? from - 1 : from + 1;
        if (to < 0 || to >= order.size()) {
            return;
        }
        Collections.swap(order, from, to);
        for (int position = 0; position < order.size(); position++) {
            jdbc.sql("update section set position = :position where id = :id")
                    .param("position", position + 1).param("id", order.get(position))
                    .update();
        }
        changed(actor, "moved section", id, nameOf(id) + " to position " + (to + 1));
    }

    @Override
    @Transactional
    public void delete(long id, String actor) {
        String name = nameOf(id);
        long used = jdbc.sql("select count(*) from article where section_id = :id").param("id", id)
                .query(Long.class).single();
        if (used > 0) {
            throw FilingChangeRefused.because("“" + name + "” cannot be deleted: " + used
                    + (used == 1 ? " article is" : " articles are")
                    + " filed under it. Move them to another section first.");
        }
        try {
            jdbc.sql("delete from section where id = :id").param("id", id).update();
        } catch (DataIntegrityViolationException raced) {
            throw FilingChangeRefused.because("“" + name + "” cannot be deleted: an article was just filed under it.");
        }
        changed(actor, "deleted section", id, name);
    }

    private String nameOf(long id) {
        return jdbc.sql("select name from section where id = :id").param("id", id).query(String.class).optional()
                .orElseThrow(() -> FilingChangeRefused.because("That section no longer exists."));
    }

    private void changed(String actor, String action, long id, String detail) {
        audit.record(actor, action, "section", String.valueOf(id), detail);
        events.publishEvent(new ContentChanged("section"));
    }
}
