package news.broadsheet.newsroom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.broadsheet.IntegrationTest;
import news.broadsheet.article.Articles;
import news.broadsheet.article.Topic;
import news.broadsheet.article.TopicDesk;
import news.broadsheet.article.TopicInUse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Administrators rename, merge and delete topics; writers and editors cannot. */
@IntegrationTest
class TopicsAdministrationIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffService staffService;

    @Autowired
    StaffRepository staff;

    @Autowired
    Articles articles;

    @Autowired
    TopicDesk topics;

    @Autowired
    JdbcClient jdbc;

    private NewsroomFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new NewsroomFixtures(port, staffService, staff, articles);
    }

    @Test
    void mergingATopicMovesItsArticlesToTheOtherAndDeletesIt() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        var writer = fixtures.signedIn(Role.WRITER);
        long first = draftWithTopics(writer, "Merge one " + unique, "Heatwave " + unique);
        long second = draftWithTopics(writer, "Merge two " + unique, "Heat wave " + unique + ", Heatwave " + unique);
        Topic duplicate = topicNamed("Heatwave " + unique);
        Topic kept = topicNamed("Heat wave " + unique);

        var admin = fixtures.signedIn(Role.ADMIN).browser();
        admin.get("/newsroom/topics");
        var merged = admin.post("/newsroom/topics/" + duplicate.id() + "/merge", Map.of("into", String.valueOf(kept.id())));

        assertThat(merged.statusCode()).isEqualTo(303);
        assertThat(topicIdsOf(first)).containsExactly(kept.id());
        assertThat(topicIdsOf(second)).containsExactly(kept.id());
        assertThat(topics.topicsInUse()).extracting(TopicInUse::topic).extracting(Topic::id).doesNotContain(duplicate.id());
        assertThat(admin.get("/newsroom/topics").body()).contains("Heat wave " + unique);
    }

    @Test
    void aTopicIsRenamedAndOnlyAnUnusedOneDeleted() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        var writer = fixtures.signedIn(Role.WRITER);
        draftWithTopics(writer, "Rename " + unique, "Drougth " + unique);
        Topic misspelt = topicNamed("Drougth " + unique);
        var admin = fixtures.signedIn(Role.ADMIN).browser();

        admin.get("/newsroom/topics");
        assertThat(admin.post("/newsroom/topics/" + misspelt.id(), Map.of("name", "Drought " + unique)).statusCode())
                .isEqualTo(303);
        assertThat(topicNamed("Drought " + unique).slug()).isEqualTo("drought-" + unique);

        admin.get("/newsroom/topics");
        var refused = admin.post("/newsroom/topics/" + misspelt.id() + "/delete", Map.of());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("cannot be deleted").contains("Merge it into another topic instead.");
    }

    @Test
    void writersAndEditorsCannotChangeTopics() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        var writer = fixtures.signedIn(Role.WRITER);
        draftWithTopics(writer, "Guarded " + unique, "Guarded " + unique);
        Topic topic = topicNamed("Guarded " + unique);
        for (Role role : List.of(Role.WRITER, Role.EDITOR)) {
            var member = fixtures.signedIn(role).browser();
            member.get("/newsroom");
            assertThat(member.post("/newsroom/topics/" + topic.id(), Map.of("name", "Hijacked")).statusCode())
                    .isEqualTo(403);
            assertThat(member.post("/newsroom/topics/" + topic.id() + "/delete", Map.of()).statusCode()).isEqualTo(403);
        }
        assertThat(topicNamed("Guarded " + unique)).isEqualTo(topic);
    }

    private long draftWithTopics(NewsroomFixtures.Member writer, String headline, String topicNames) {
        writer.browser().get("/newsroom/articles/new");
        Map<String, String> fields = fixtures.fields(headline, headline.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        fields.put("topics", topicNames);
        var created = writer.browser().post("/newsroom/articles/new", fields);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        return Long.parseLong(created.headers().firstValue("Location").orElseThrow().replaceAll(".*/articles/(\\d+).*", "$1"));
    }

    private Topic topicNamed(String name) {
        return topics.topicsInUse().stream().map(TopicInUse::topic).filter(topic -> topic.name().equals(name))
                .findFirst().orElseThrow();
    }

    private List<Long> topicIdsOf(long articleId) {
        return jdbc.sql("select topic_id from article_topic where article_id = :id").param("id", articleId)
                .query(Long.class).list();
    }
}
