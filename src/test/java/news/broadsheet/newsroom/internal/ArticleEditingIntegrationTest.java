package news.broadsheet.newsroom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.Browserless;
import news.broadsheet.Eventually;
import news.broadsheet.IntegrationTest;
import news.broadsheet.article.Articles;
import news.broadsheet.newsroom.internal.NewsroomFixtures.Member;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ArticleEditingIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffService staffService;

    @Autowired
    StaffRepository staff;

    @Autowired
    Articles articles;

    @Autowired
    JdbcClient jdbc;

    private NewsroomFixtures newsroom;

    @BeforeEach
    void fixtures() {
        newsroom = new NewsroomFixtures(port, staffService, staff, articles);
    }

    private String status(long id) {
        return jdbc.sql("select status from article where id = :id").param("id", id).query(String.class).single();
    }

    private String column(long id, String column) {
        return jdbc.sql("select " + column + " from article where id = :id").param("id", id).query(String.class).single();
    }

    @Test
    void aWriterDraftsAndSubmitsButTheServerRefusesThemEveryEditorialAction() {
        Member writer = newsroom.signedIn(Role.WRITER);
        long id = newsroom.draft(writer, "Writer drafts a story about harbour walls", "editing-writer-drafts");

        assertThat(writer.browser().get("/newsroom").body()).contains("Writer drafts a story about harbour walls");
        assertThat(writer.browser().get("/newsroom/articles/" + id).body())
                .contains("Submit for review").doesNotContain("Publish now");
        assertThat(writer.browser().post("/newsroom/articles/" + id + "/submit", Map.of()).statusCode()).isEqualTo(303);
        assertThat(status(id)).isEqualTo("in_review");

        for (String action : new String[] {"publish", "schedule", "unpublish", "corrections"}) {
            writer.browser().get("/newsroom/articles/" + id);
            HttpResponse<String> forged = writer.browser().post("/newsroom/articles/" + id + "/" + action,
                    Map.of("publishAt", "2099-01-01T10:00", "edition", "uk", "kind", "CORRECTION", "text", "forged"));
            assertThat(forged.statusCode()).as(action).isEqualTo(403);
        }
        assertThat(status(id)).isEqualTo("in_review");
        assertThat(jdbc.sql("select count(*) from article_correction where article_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_instance = :id").param("id", String.valueOf(id))
                .query(Long.class).single()).isZero();

        Member otherWriter = newsroom.signedIn(Role.WRITER);
        assertThat(otherWriter.browser().get("/newsroom/articles/" + id).statusCode()).isEqualTo(403);
    }

    @Test
    void anEditorPublishesAndUnpublishesAndTheAuditTrailRecordsBoth() {
        Member writer = newsroom.signedIn(Role.WRITER);
        long id = newsroom.draft(writer, "Editor publishes the ferry report", "editing-editor-publishes");
        Member editor = newsroom.signedIn(Role.EDITOR);
        var reader = new Browserless(port);
        assertThat(reader.get("/articles/editing-editor-publishes").statusCode()).isEqualTo(404);

        assertThat(newsroom.publish(editor, id).statusCode()).isEqualTo(303);
        assertThat(reader.get("/articles/editing-editor-publishes").body()).contains("Editor publishes the ferry report");
        Eventually.within(Duration.ofSeconds(5), "the front lists the new article",
                () -> reader.get("/uk").body().contains("Editor publishes the ferry report"));

        assertThat(writer.browser().get("/newsroom/articles/" + id).statusCode()).isEqualTo(403);

        editor.browser().get("/newsroom/articles/" + id);
        assertThat(editor.browser().post("/newsroom/articles/" + id + "/unpublish", Map.of()).statusCode()).isEqualTo(303);
        Eventually.within(Duration.ofSeconds(5), "the unpublished article is gone from the site",
                () -> reader.get("/articles/editing-editor-publishes").statusCode() == 404);
        assertThat(jdbc.sql("select action from audit_event where subject_type = 'article' and subject_id = :id order by id")
                .param("id", String.valueOf(id)).query(String.class).list())
                .containsSubsequence("created draft", "published", "unpublished");
    }

    @Test
    void publishingNeedsAHeroPictureWithAltTextCaptionAndCredit() {
        long bare = jdbc.sql("insert into image (width, height) values (10, 10) returning id").query(Long.class).single();
        jdbc.sql("insert into image_variant (image_id, width, height, content_type, bytes) values (:id, 10, 10, 'image/jpeg', '\\x00')")
                .param("id", bare).update();
        Member editor = newsroom.signedIn(Role.EDITOR);
        long id = newsroom.draft(editor, "Picture without words", "editing-picture-without-words");
        Map<String, String> fields = newsroom.fields("Picture without words", "editing-picture-without-words");
        fields.put("heroImageId", String.valueOf(bare));
        assertThat(newsroom.save(editor, id, fields).statusCode()).isEqualTo(303);

        HttpResponse<String> refused = newsroom.publish(editor, id);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("needs alt text, a caption and a credit");
        assertThat(status(id)).isEqualTo("draft");
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedAndBothTextsAreKept() {
        Member first = newsroom.signedIn(Role.EDITOR);
        Member second = newsroom.signedIn(Role.EDITOR);
        long id = newsroom.draft(first, "Two editors, one story", "editing-two-editors");
        String opened = NewsroomFixtures.versionIn(first.browser().get("/newsroom/articles/" + id).body());
        second.browser().get("/newsroom/articles/" + id);

        Map<String, String> firstText = newsroom.fields("Two editors, one story", "editing-two-editors");
        firstText.put("body", "The first editor's paragraph.");
        firstText.put("version", opened);
        assertThat(first.browser().post("/newsroom/articles/" + id, firstText).statusCode()).isEqualTo(303);

        Map<String, String> secondText = newsroom.fields("Two editors, one story", "editing-two-editors");
        secondText.put("body", "The second editor's paragraph.");
        secondText.put("version", opened);
        HttpResponse<String> refused = second.browser().post("/newsroom/articles/" + id, secondText);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Someone else saved this article since you opened it")
                .contains("The first editor's paragraph.").contains("The second editor's paragraph.");
        assertThat(column(id, "body_markdown")).isEqualTo("The first editor's paragraph.");
        assertThat(jdbc.sql("select body_markdown from article_revision where article_id = :id and kind = 'refused'")
                .param("id", id).query(String.class).list()).containsExactly("The second editor's paragraph.");
    }

    @Test
    void everySaveIsARevisionWithAReadableDiffAndAnyRevisionCanBeRestored() {
        Member editor = newsroom.signedIn(Role.EDITOR);
        long id = newsroom.draft(editor, "Revisions keep <every> word", "editing-revisions");
        Map<String, String> changed = newsroom.fields("Revisions keep <every> word", "editing-revisions");
        changed.put("body", "First paragraph.\n\nA rewritten second paragraph.");
        assertThat(newsroom.save(editor, id, changed).statusCode()).isEqualTo(303);

        String list = editor.browser().get("/newsroom/articles/" + id + "/revisions").body();
        assertThat(list).contains("created, version 1").contains("saved, version 2").contains("Revisions keep &lt;every&gt; word");
        long[] revisions = jdbc.sql("select id from article_revision where article_id = :id order by id")
                .param("id", id).query(Long.class).list().stream().mapToLong(Long::longValue).toArray();

        String diff = editor.browser().get("/newsroom/articles/" + id + "/revisions/" + revisions[1]).body();
        assertThat(diff).contains("First paragraph.\n\n<del>Second paragraph with a [link](https://example.com/).</del>"
                + "<ins>A rewritten second paragraph.</ins>");

        String version = NewsroomFixtures.versionIn(editor.browser().get("/newsroom/articles/" + id).body());
        HttpResponse<String> restored = editor.browser().post(
                "/newsroom/articles/" + id + "/revisions/" + revisions[0] + "/restore", Map.of("version", version));
        assertThat(restored.statusCode()).isEqualTo(303);
        assertThat(column(id, "body_markdown")).contains("Second paragraph with a [link]");
        assertThat(column(id, "version")).isEqualTo("3");

        HttpResponse<String> stale = editor.browser().post(
                "/newsroom/articles/" + id + "/revisions/" + revisions[1] + "/restore", Map.of("version", version));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(column(id, "version")).isEqualTo("3");
    }

    @Test
    void anAutosaveNeitherBumpsTheVersionNorMakesARevisionAndIsOfferedBackOnOpening() {
        Member editor = newsroom.signedIn(Role.EDITOR);
        long id = newsroom.draft(editor, "Autosaved words", "editing-autosave");

        String html = editor.browser().get("/newsroom/articles/" + id).body();
        assertThat(html).contains("<meta name=\"_csrf\"");
        HttpResponse<String> saved = editor.browser().postJson("/newsroom/articles/" + id + "/autosave",
                "{\"headline\":\"Autosaved words\",\"standfirst\":\"\",\"body\":\"Typed but not yet saved.\"}");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("savedAt");

        assertThat(column(id, "version")).isEqualTo("1");
        assertThat(jdbc.sql("select count(*) from article_revision where article_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(editor.browser().get("/newsroom/articles/" + id).body()).contains("Restore the autosaved text");
        assertThat(editor.browser().get("/newsroom/articles/" + id + "?autosave=restore").body()).contains("Typed but not yet saved.");

        HttpResponse<String> preview = editor.browser().postJson("/newsroom/preview",
                "{\"markdown\":\"**bold** <script>alert(1)</script>\"}");
        assertThat(preview.body()).contains("<strong>bold</strong>").doesNotContain("<script>");
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingStoredChanges() {
        Member editor = newsroom.signedIn(Role.EDITOR);
        long id = newsroom.draft(editor, "Solid ground", "editing-solid-ground");
        Map<String, String> fields = newsroom.fields("Solid ground", "editing-solid-ground");

        Map<String, String> refusals = Map.of(
                "../../etc/passwd", "cannot contain slashes or dots",
                "m\u043Escow-talks", "only the letters a to z",
                "Upper-Case", "lower-case letters and digits",
                articles.allPublished(0, 1).getFirst().slug(), "Another article already uses this slug");
        refusals.forEach((slug, message) -> assertRefused(editor, id, with(fields, "slug", slug), message));
        assertRefused(editor, id, with(fields, "headline", "Evil \u202Edaolnwod"), "text-direction overrides");
        assertRefused(editor, id, with(fields, "standfirst", "Line one\u0007"), "control characters");
        Map<String, String> unfiled = new LinkedHashMap<>(fields);
        unfiled.remove("authorIds");
        unfiled.remove("editions");
        assertRefused(editor, id, unfiled, "Choose at least one author");
        assertRefused(editor, id, unfiled, "Choose at least one edition");

        assertThat(column(id, "slug")).isEqualTo("editing-solid-ground");
        assertThat(column(id, "headline")).isEqualTo("Solid ground");
        assertThat(column(id, "version")).isEqualTo("1");
    }

    private void assertRefused(Member editor, long id, Map<String, String> fields, String message) {
        HttpResponse<String> refused = newsroom.save(editor, id, fields);
        assertThat(refused.statusCode()).as(message).isEqualTo(400);
        assertThat(refused.body()).contains(message);
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(fields);
        changed.put(name, value);
        return changed;
    }

    @Test
    void theNewsroomsArticlePagesAreWellFormedHtml5() {
        Member editor = newsroom.signedIn(Role.EDITOR);
        long id = newsroom.draft(editor, "Well-formed pages", "editing-well-formed");
        assertThat(newsroom.save(editor, id, newsroom.fields("Well-formed pages, edited", "editing-well-formed")).statusCode())
                .isEqualTo(303);
        long revision = jdbc.sql("select max(id) from article_revision where article_id = :id").param("id", id)
                .query(Long.class).single();

        for (String path : List.of("/newsroom", "/newsroom/articles/new", "/newsroom/articles/" + id,
                "/newsroom/articles/" + id + "/revisions", "/newsroom/articles/" + id + "/revisions/" + revision)) {
            String html = editor.browser().get(path).body();
            Parser parser = Parser.htmlParser().setTrackErrors(50);
            Document document = parser.parseInput(html, "http://localhost:" + port + path);
            assertThat(parser.getErrors()).as(path).isEmpty();
            assertThat(document.select("h1")).as(path).hasSize(1);
            assertThat(document.select("[id]").stream().map(Element::id).distinct().count()).as(path)
                    .isEqualTo(document.select("[id]").size());
            assertThat(document.select("label[for]")).as(path)
                    .allSatisfy(label -> assertThat(document.getElementById(label.attr("for"))).as(label.outerHtml()).isNotNull());
        }
    }

    @Test
    void anEmptySlugIsMadeFromTheHeadline() {
        Member writer = newsroom.signedIn(Role.WRITER);
        long id = newsroom.draft(writer, "Café owners in São Paulo's centre protest", "");
        assertThat(column(id, "slug")).isEqualTo("cafe-owners-in-sao-paulo-s-centre-protest");
    }
}
