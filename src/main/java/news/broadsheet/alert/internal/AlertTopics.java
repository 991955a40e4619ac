package news.broadsheet.alert.internal;

import java.util.ArrayList;
import java.util.List;
import news.broadsheet.article.Articles;
import org.springframework.stereotype.Component;

/** What a reader can ask to be alerted about: breaking news in their edition, and each section. */
@Component
class AlertTopics {

    static final String BREAKING = "breaking";
    private static final String SECTION_PREFIX = "section:";

    private final Articles articles;

    AlertTopics(Articles articles) {
        this.articles = articles;
    }

    List<AlertTopic> all() {
        List<AlertTopic> topics = new ArrayList<>();
        topics.add(new AlertTopic(BREAKING, "Breaking news"));
        articles.sections().forEach(section -> topics.add(new AlertTopic(SECTION_PREFIX + section.slug(), section.name())));
        return topics;
    }

    boolean exists(String id) {
        return all().stream().anyMatch(topic -> topic.id().equals(id));
    }
}
