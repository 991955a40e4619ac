package news.broadsheet.article.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.article.FilingChangeRefused;
import news.broadsheet.article.Topic;
import news.broadsheet.article.TopicDesk;
import news.broadsheet.article.TopicInUse;
import news.broadsheet.audit.AuditTrail;
import news.broadsheet.site.ContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Topics in the {@code topic} table; which articles carry them is {@code article_topic}. */
@Component
class JdbcTopicDesk implements TopicDesk {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    JdbcTopicDesk(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public List<TopicInUse> topicsInUse() {
        return jdbc.sql("""
                        select t.id, t.slug, t.name,
                               (select count(*) from article_topic x where x.topic_id = t.id) as articles
                        from topic t order by lower(t.name), t.id""")
                .query((rs, n) -> new TopicInUse(new Topic(rs.getLong("id"), rs.getString("slug"),
                        rs.getString("name")), rs.getLong("articles")))
                .list();
    }

    @Override
    @Transactional
    public void rename(long id, String name, String actor) {
        Topic topic = locked(id);
        String cleanName = name.strip();
        Map<String, String> problems = new LinkedHashMap<>();
        FilingRules.checkName(cleanName, problems);
        String slug = SlugRules.fromHeadline(cleanName);
        if (problems.isEmpty() && (slug.isEmpty() || slug.length() > FilingRules.MAX_SLUG)) {
            problems.put("name", "A topic's name needs at least one letter or digit, and at most "
                    + FilingRules.MAX_SLUG + " characters.");
        }
        if (problems.isEmpty()) {
            bySlug(slug).filter(other -> other.id() != id).ifPresent(other -> problems.put("name",
                    "There is already a topic called “" + other.name() + "”; merge into it instead."));
        }
        if (!problems.isEmpty()) {
            throw new FilingChangeRefused(problems);
        }
        jdbc.sql("update topic set name = :name, slug = :slug where id = :id")
                .param("id", id).param("name", cleanName).param("slug", slug)
                .update();
        changed(actor, "renamed topic", id, topic.name() + " → " + cleanName);
    }

    @Override
    @Transactional
    public void merge(long fromId, long intoId, String actor) {
        if (fromId == intoId) {
            throw FilingChangeRefused.because("Choose a different topic to merge into.");
        }
        Topic from = locked(fromId);
        Topic into = locked(intoId);
        jdbc.sql("""
                        insert into article_topic (article_id, topic_id)
                        select article_id, :into from article_topic where topic_id = :from
                        on conflict do nothing""")
                .param("from", fromId).param("into", intoId)
                .update();
        jdbc.sql("delete from article_topic where topic_id = :from").param("from", fromId).update();
        jdbc.sql("delete from topic where id = :from").param("from", fromId).update();
        changed(actor, "merged topic", intoId, from.name() + " into " + into.name());
    }

    @Override
    @Transactional
    public void delete(long id, String actor) {
        Topic topic = locked(id);
        long used = jdbc.sql("select count(*) from article_topic where topic_id = :id").param("id", id)
                .query(Long.class).single();
        if (used > 0) {
            throw FilingChangeRefused.because("“" + topic.name() + "” cannot be deleted: " + used
                    + (used == 1 ? " article carries" : " articles carry") + " it. Merge it into another topic instead.");
        }
        jdbc.sql("delete from topic where id = :id").param("id", id).update();
        changed(actor, "deleted topic", id, topic.name());
    }

    /** The topic, locked until the transaction ends so a concurrent merge or delete cannot pull it away. */
    private Topic locked(long id) {
        return jdbc.sql("select id, slug, name from topic where id = :id for update")
                .param("id", id)
                .query((rs, n) -> new Topic(rs.getLong("id"), rs.getString("slug"), rs.getString("name")))
                .optional()
                .orElseThrow(() -> FilingChangeRefused.because("That topic no longer exists."));
    }

    private Optional<Topic> bySlug(String slug) {
        return jdbc.sql("select id, slug, name from topic where slug = :slug")
                .param("slug", slug)
                .query((rs, n) -> new Topic(rs.getLong("id"), rs.getString("slug"), rs.getString("name")))
                .optional();
    }

    private void changed(String actor, String action, long id, String detail) {
        audit.record(actor, action, "topic", String.valueOf(id), detail);
        events.publishEvent(new ContentChanged("topic"));
    }
}
