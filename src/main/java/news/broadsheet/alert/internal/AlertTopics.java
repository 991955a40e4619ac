package news.broadsheet.alert.internal;

import java.util.ArrayList;
import java.util.List;
import news.broadsheet.article.Articles;
import org.springframework.stereotype.Component;

/**
 * What a reader can ask to be alerted about: breaking news in their edition, each section, and, once signed in,
 * replies to their comments. The newsroom's alerts go to the first two; replies are the inbox's to announce.
 */
@Component
class AlertTopics {

    static final String BREAKING = "breaking";
    static final String REPLIES = "replies";
    private static final String SECTION_PREFIX = "section:";

    private final Articles articles;

    AlertTopics(Articles articles) {
        this.articles = articles;
    }

    /** The topics an editor's alert can go to. */
    List<AlertTopic> all() {
        List<AlertTopic> topics = new ArrayList<>();
        topics.add(new AlertTopic(BREAKING, "Breaking news"));
        articles.sections().forEach(section -> topics.add(new AlertTopic(SECTION_PREFIX + section.slug(), section.name())));
        return topics;
    }

    boolean exists(String id) {
        return all().stream().anyMatch(topic -> topic.id().equals(id));
    }

    /** What a browser may choose: the newsroom's topics, and replies to the comments of the reader it belongs to. */
    boolean subscribable(String id) {
        return REPLIES.equals(id) || exists(id);
    }
}
