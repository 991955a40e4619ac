package news.broadsheet.comment;

import static news.broadsheet.comment.CommentFixtures.commentId;
import static news.broadsheet.comment.CommentFixtures.post;
import static news.broadsheet.comment.CommentFixtures.reply;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.broadsheet.Browserless;
import news.broadsheet.Eventually;
import news.broadsheet.Http;
import news.broadsheet.IntegrationTest;
import news.broadsheet.TestStories;
import news.broadsheet.article.ArticleDesk;
import news.broadsheet.article.Articles;
import news.broadsheet.mail.MailOutbox;
import news.broadsheet.newsroom.internal.StaffService;
import news.broadsheet.reader.ReaderDeleted;
import news.broadsheet.reader.ReaderFixtures;
import news.broadsheet.reader.ReaderFixtures.SignedInReader;
import news.broadsheet.reader.Readers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Readers discuss articles through plain forms; the server decides what each may do. */
@IntegrationTest
class CommentsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Readers readers;
    @Autowired
    ArticleDesk desk;
    @Autowired
    Articles articles;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffService staff;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    ReaderFixtures people;
    CommentFixtures comments;

    @BeforeEach
    void fixtures() {
        people = new ReaderFixtures(port, outbox, readers);
        comments = new CommentFixtures(port, new TestStories(desk, articles, jdbc), staff);
    }

    @Test
    void aCommentAppearsUnderTheArticleForEveryoneWithItsCountInTheByline() {
        String slug = comments.story();
        SignedInReader ann = people.signedIn("Ann Commenter");

        long id = commentId(post(ann, slug, "First paragraph.\n\nSecond, with https://example.com/report in it."));

        String page = new Http(port).get("/articles/" + slug).body();
        assertThat(page).contains("id=\"comment-" + id + "\"")
                .contains("<p>First paragraph.</p><p>Second, with <a href=\"https://example.com/report\" rel=\"nofollow ugc\">https://example.com/report</a> in it.</p>")
                .contains("Ann Commenter")
                .contains("href=\"/readers/" + ann.profile().handle() + "\"")
                .contains("<a href=\"#comments\">Comments <span class=\"comment-count\">1</span></a>")
                .contains("Comments <span class=\"comment-count\">1</span></h2>")
                .doesNotContain("<!--discussion")
                .doesNotContain("name=\"_csrf\"");
    }

    @Test
    void aVisitorWithoutJavaScriptSeesANewCommentOnTheNextLoadOfAPageTheCacheAlreadyAnswers() {
        String slug = comments.story();
        SignedInReader ann = people.signedIn("Ann Reload");
        Http visitor = new Http(port);
        String before = visitor.get("/articles/" + slug).body();
        assertThat(visitor.get("/articles/" + slug).body()).isEqualTo(before);

        long id = commentId(post(ann, slug, "Posted after the page was cached."));

        Eventually.within(Duration.ofSeconds(10), "the new comment on the cached article page",
                () -> visitor.get("/articles/" + slug).body().contains("id=\"comment-" + id + "\""));
    }

    @Test
    void aReplyAndAModeratorsDecisionReachTheInboxOfTheReaderTheyConcern() {
        String slug = comments.story();
        SignedInReader ann = people.signedIn("Ann Inbox");
        SignedInReader bob = people.signedIn("Bob Inbox");
        long top = commentId(post(ann, slug, "Where is the report?"));

        long answer = commentId(reply(bob, slug, top, "In the second paragraph."));

        Eventually.within(Duration.ofSeconds(15), "Ann notified of Bob's reply",
                () -> ann.browser().get("/account/notifications").body().contains("/comments/" + answer));
        assertThat(jdbc.sql("select count(*) from inbox_notification where recipient_id = :bob")
                .param("bob", bob.profile().id()).query(Long.class).single())
                .as("nobody is told about their own comment").isZero();
    }

    @Test
    void aReaderDoesNotSeeTheWordsOfAReaderTheyMutedButTheThreadKeepsItsShape() {
        String slug = comments.story();
        SignedInReader ann = people.signedIn("Ann Mutes");
        SignedInReader bob = people.signedIn("Bob Muted");
        long top = commentId(post(bob, slug, "Words Ann chose not to read."));
        long answer = commentId(reply(people.signedIn("Cat Answers"), slug, top, "An answer everyone reads."));

        ann.browser().get("/readers/" + bob.profile().handle());
        assertThat(ann.browser().post("/readers/" + bob.profile().handle() + "/mute", Map.of()).statusCode())
                .isLessThan(400);

        String seenByAnn = ann.browser().get("/articles/" + slug).body();
        assertThat(seenByAnn).doesNotContain("Words Ann chose not to read.")
                .contains("whom you muted")
                .contains("id=\"comment-" + answer + "\"");
        assertThat(new Http(port).get("/articles/" + slug).body()).contains("Words Ann chose not to read.");
    }

    @Test
    void repliesNestFourLevelsDeepAndDeeperOnesSitBesideTheirCommentSayingWhomTheyAnswer() {
        String slug = comments.story();
        SignedInReader ann = people.signedIn("Ann Deep");
        SignedInReader bob = people.signedIn("Bob Deep");

        long top = commentId(post(ann, slug, "Level one"));
        long second = commentId(reply(bob, slug, top, "Level two"));
        long third = commentId(reply(ann, slug, second, "Level three"));
        long fourth = commentId(reply(bob, slug, third, "Level four"));
        long fifth = commentId(reply(ann, slug, fourth, "Level five"));

        assertThat(jdbc.sql("select depth from comment where id in (:ids) order by id")
                .param("ids", List.of(top, second, third, fourth, fifth)).query(Integer.class).list())
                .containsExactly(0, 1, 2, 3, 3);
        String page = new Http(port).get("/articles/" + slug).body();
        String thread = page.substring(page.indexOf("id=\"comment-" + top + "\""));
        assertThat(thread).contains("class=\"comment depth-3\" id=\"comment-" + fourth + "\"")
                .contains("class=\"comment depth-3\" id=\"comment-" + fifth + "\"");
        String fifthItem = thread.substring(thread.indexOf("id=\"comment-" + fifth + "\""));
        assertThat(fifthItem).contains("in reply to Bob Deep");
        // The fifth sits in the same list as the fourth: the fourth's item closes before the fifth opens.
        String fourthItem = thread.substring(thread.indexOf("id=\"comment-" + fourth + "\""), thread.indexOf("id=\"comment-" + fifth + "\""));
        assertThat(fourthItem).contains("</li>").doesNotContain("<ol class=\"comment-replies\">");
    }

    @Test
    void countsShowOnFrontsAndInFeedsAndLeaveOutHeldComments() {
        String slug = "comments-counted-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        new TestStories(desk, articles, jdbc).publish(slug, "Counted story", "Standfirst", "Body.", java.time.Instant.now());
        SignedInReader ann = people.signedIn();
        commentId(post(ann, slug, "One"));
        commentId(post(ann, slug, "Two"));
        Browserless editor = comments.moderator();
        editor.get("/newsroom/comments/settings");
        editor.post("/newsroom/comments/words", Map.of("word", "quibble", "kind", "suspect"));
        commentId(post(ann, slug, "A quibble, held"));

        assertThat(jdbc.sql("select published from comment_thread t join article a on a.id = t.article_id where a.slug = :slug")
                .param("slug", slug).query(Integer.class).single()).isEqualTo(2);
        String front = new Http(port).get("/uk/world").body();
        assertThat(front).contains("href=\"/articles/" + slug + "#comments\">2 comments</a>");
        String feed = new Http(port).get("/uk/world/feed").body();
        assertThat(feed).contains("xmlns:thr=\"http://purl.org/syndication/thread/1.0\"")
                .contains("href=\"http://localhost:" + port + "/articles/" + slug + "#comments\" thr:count=\"2\"");
        editor.get("/newsroom/comments/settings");
        editor.post("/newsroom/comments/words/remove", Map.of("word", "quibble"));
    }

    @Test
    void theAuthorEditsWithinFiveMinutesAndTheCommentSaysItWasEdited() {
        String slug = comments.story();
        SignedInReader ann = people.signedIn();
        long id = commentId(post(ann, slug, "Frist"));

        ann.browser().get("/articles/" + slug);
        HttpResponse<String> edited = ann.browser().post("/comments/" + id + "/edit", Map.of("text", "First"));
        assertThat(edited.statusCode()).isEqualTo(303);
        String page = new Http(port).get("/articles/" + slug).body();
        assertThat(page).contains("<p>First</p>").contains("class=\"comment-edited\">edited");

        jdbc.sql("update comment set created_at = :at where id = :id")
                .param("at", Timestamp.from(CommentFixtures.minutesAgo(6))).param("id", id).update();
        assertThat(ann.browser().get("/articles/" + slug).body()).doesNotContain("action=\"/comments/" + id + "/edit\"");
        HttpResponse<String> late = ann.browser().post("/comments/" + id + "/edit", Map.of("text", "Too late"));
        assertThat(late.statusCode()).isEqualTo(403);
        assertThat(late.body()).contains("five minutes");
        assertThat(bodyOf(id)).isEqualTo("First");
    }

    @Test
    void aReaderCanNeverEditOrDeleteAnothersCommentEvenWithAForgedForm() {
        String slug = comments.story();
        SignedInReader ann = people.signedIn();
        SignedInReader mallory = people.signedIn();
        long id = commentId(post(ann, slug, "Ann's words"));

        mallory.browser().get("/articles/" + slug);
        HttpResponse<String> edit = mallory.browser().post("/comments/" + id + "/edit", Map.of("text", "Mallory's words"));
        HttpResponse<String> delete = mallory.browser().post("/comments/" + id + "/delete", Map.of());
        assertThat(edit.statusCode()).isEqualTo(403);
        assertThat(delete.statusCode()).isEqualTo(403);
        assertThat(bodyOf(id)).isEqualTo("Ann's words");
        assertThat(statusOf(id)).isEqualTo("published");

        HttpResponse<String> withoutToken = ann.browser().postRaw("/comments/" + id + "/delete", Map.of());
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = new Browserless(port).postRaw("/articles/" + slug + "/comments", Map.of("text", "Hello"));
        assertThat(anonymous.statusCode()).isEqualTo(403);
        assertThat(statusOf(id)).isEqualTo("published");
    }

    @Test
    void aDeletedCommentWithRepliesLeavesAPlaceholderAndTheRepliesStay() {
        String slug = comments.story();
        SignedInReader ann = people.signedIn();
        SignedInReader bob = people.signedIn("Bob Replies");
        long top = commentId(post(ann, slug, "Soon gone"));
        long answer = commentId(reply(bob, slug, top, "Still here"));
        long alone = commentId(post(ann, slug, "Gone without a trace"));

        ann.browser().get("/articles/" + slug);
        assertThat(ann.browser().post("/comments/" + top + "/delete", Map.of()).statusCode()).isEqualTo(303);
        assertThat(ann.browser().post("/comments/" + alone + "/delete", Map.of()).statusCode()).isEqualTo(303);

        String page = new Http(port).get("/articles/" + slug).body();
        assertThat(page).contains("id=\"comment-" + top + "\"").contains("This comment was deleted.")
                .doesNotContain("Soon gone").contains("id=\"comment-" + answer + "\"").contains("Still here")
                .doesNotContain("id=\"comment-" + alone + "\"").doesNotContain("Gone without a trace")
                .contains("Comments <span class=\"comment-count\">1</span></h2>");
    }

    @Test
    void postingIsLimitedPerReaderWithAClearMessage() {
        String slug = comments.story();
        SignedInReader eager = people.signedIn();
        for (int i = 0; i < 5; i++) {
            commentId(post(eager, slug, "Comment " + i));
        }

        HttpResponse<String> sixth = post(eager, slug, "One too many");
        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.body()).contains("Please wait a few minutes before posting again.")
                .contains("One too many");
        long top = jdbc.sql("select min(c.id) from comment c join article a on a.id = c.article_id where a.slug = :slug")
                .param("slug", slug).query(Long.class).single();
        assertThat(commentId(reply(eager, slug, top, "Replies have their own allowance"))).isPositive();
    }

    @Test
    void reportingIsLimitedPerReader() {
        String slug = comments.story();
        SignedInReader ann = people.signedIn();
        SignedInReader reporter = people.signedIn();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(commentId(post(ann, slug, "Reportable " + i)));
        }
        SignedInReader ben = people.signedIn();
        for (int i = 0; i < 4; i++) {
            ids.add(commentId(post(ben, slug, "Reportable too " + i)));
        }
        SignedInReader cat = people.signedIn();
        for (int i = 0; i < 3; i++) {
            ids.add(commentId(post(cat, slug, "Reportable three " + i)));
        }
        reporter.browser().get("/articles/" + slug);
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> report = reporter.browser().post("/comments/" + ids.get(i) + "/report", Map.of("reason", "Rude"));
            assertThat(report.statusCode()).isEqualTo(303);
            assertThat(report.headers().firstValue("Location").orElseThrow()).contains("notice=reported");
        }
        HttpResponse<String> eleventh = reporter.browser().post("/comments/" + ids.get(10) + "/report", Map.of("reason", "Rude"));
        assertThat(eleventh.statusCode()).isEqualTo(429);
    }

    @Test
    void a100KilobyteCommentIsRefusedCleanlyAndNothingIsStored() {
        String slug = comments.story();
        SignedInReader ann = people.signedIn();

        HttpResponse<String> huge = post(ann, slug, "<b>x</b>".repeat(12_800));
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(huge.body()).contains("Your comment is 102,400 characters long; comments can be at most 5,000.")
                .doesNotContain("<b>x</b>");
        assertThat(jdbc.sql("select count(*) from comment where reader_id = :reader").param("reader", ann.profile().id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void invisibleAndDirectionChangingCharactersAreRemovedBeforeStoring() {
        String slug = comments.story();
        SignedInReader ann = people.signedIn();

        long id = commentId(post(ann, slug, "safe\u202Etxt.exe\u200B"));

        assertThat(bodyOf(id)).isEqualTo("safetxt.exe");
    }

    @Test
    void bannedWordsRefuseSuspectWordsHoldAndTheAuthorAloneSeesAHeldComment() {
        String slug = comments.story();
        Browserless editor = comments.moderator();
        editor.get("/newsroom/comments/settings");
        editor.post("/newsroom/comments/words", Map.of("word", "zqbanned", "kind", "banned"));
        editor.post("/newsroom/comments/words", Map.of("word", "zqsuspect", "kind", "suspect"));
        SignedInReader ann = people.signedIn();

        HttpResponse<String> banned = post(ann, slug, "This has ZQBANNED in it");
        assertThat(banned.statusCode()).isEqualTo(400);
        assertThat(banned.body()).contains("not allowed here (\"zqbanned\")");

        HttpResponse<String> suspect = post(ann, slug, "This has zqsuspect in it");
        long held = commentId(suspect);
        assertThat(suspect.headers().firstValue("Location").orElseThrow()).contains("notice=held");
        assertThat(statusOf(held)).isEqualTo("pending");
        assertThat(new Http(port).get("/articles/" + slug).body()).doesNotContain("zqsuspect");
        assertThat(ann.browser().get("/articles/" + slug).body()).contains("zqsuspect").contains("only you can see it");
        assertThat(editor.get("/newsroom/comments?queue=held").body()).contains("zqsuspect").contains("Suspect word: zqsuspect");

        editor.post("/newsroom/comments/words/remove", Map.of("word", "zqbanned"));
        editor.post("/newsroom/comments/words/remove", Map.of("word", "zqsuspect"));
    }

    @Test
    void holdRulesForLinksAndNewAccountsHoldCommentsUntilAModeratorApproves() {
        String slug = comments.story();
        Browserless editor = comments.moderator();
        editor.get("/newsroom/comments/settings");
        editor.post("/newsroom/comments/rules", Map.of("links", "true", "newAccount", "false"));
        SignedInReader ann = people.signedIn();
        try {
            long linked = commentId(post(ann, slug, "Look at www.example.com"));
            long plain = commentId(post(ann, slug, "No link here"));
            assertThat(statusOf(linked)).isEqualTo("pending");
            assertThat(statusOf(plain)).isEqualTo("published");

            editor.get("/newsroom/comments/settings");
            editor.post("/newsroom/comments/rules", Map.of("newAccount", "true"));
            SignedInReader newcomer = people.signedIn();
            long first = commentId(post(newcomer, slug, "My first comment"));
            assertThat(statusOf(first)).isEqualTo("pending");
            assertThat(editor.get("/newsroom/comments?queue=held").body()).contains("First comment of a new account");

            editor.get("/newsroom/comments?queue=held");
            assertThat(editor.post("/newsroom/comments/" + first + "/approve", Map.of("queue", "held")).statusCode()).isEqualTo(303);
            assertThat(statusOf(first)).isEqualTo("published");
            long second = commentId(post(newcomer, slug, "My second comment"));
            assertThat(statusOf(second)).isEqualTo("published");
        } finally {
            editor.get("/newsroom/comments/settings");
            editor.post("/newsroom/comments/rules", Map.of());
        }
    }

    @Test
    void editorsCloseOrPreModerateAnArticleOrASection() {
        String slug = comments.story();
        long articleId = comments.storyId(slug, jdbc);
        Browserless editor = comments.moderator();
        SignedInReader ann = people.signedIn();

        editor.get("/newsroom/comments/articles/" + articleId);
        assertThat(editor.post("/newsroom/comments/articles/" + articleId + "/mode", Map.of("mode", "premoderated")).statusCode()).isEqualTo(303);
        assertThat(new Http(port).get("/articles/" + slug).body()).contains("A moderator reads every comment on this article");
        long held = commentId(post(ann, slug, "Under pre-moderation"));
        assertThat(statusOf(held)).isEqualTo("pending");
        assertThat(editor.get("/newsroom/comments?queue=pending").body()).contains("Under pre-moderation");
        editor.post("/newsroom/comments/" + held + "/approve", Map.of());
        assertThat(new Http(port).get("/articles/" + slug).body()).contains("Under pre-moderation");

        editor.get("/newsroom/comments/articles/" + articleId);
        editor.post("/newsroom/comments/articles/" + articleId + "/mode", Map.of("mode", "closed"));
        HttpResponse<String> closed = post(ann, slug, "Too late");
        assertThat(closed.statusCode()).isEqualTo(403);
        assertThat(closed.body()).contains("Comments on this article are closed.");
        assertThat(new Http(port).get("/articles/" + slug).body()).contains("Comments on this article are closed.")
                .doesNotContain("to join the discussion");

        long world = articles.section("world").orElseThrow().id();
        editor.get("/newsroom/comments/articles/" + articleId);
        editor.post("/newsroom/comments/articles/" + articleId + "/mode", Map.of("mode", ""));
        editor.get("/newsroom/comments/settings");
        editor.post("/newsroom/comments/sections/" + world + "/mode", Map.of("mode", "closed"));
        try {
            assertThat(post(ann, slug, "Section closed").statusCode()).isEqualTo(403);
        } finally {
            editor.get("/newsroom/comments/settings");
            editor.post("/newsroom/comments/sections/" + world + "/mode", Map.of("mode", "open"));
        }
        assertThat(jdbc.sql("select count(*) from audit_event where action like 'comment-mode.%' and subject_id in (:ids)")
                .param("ids", List.of(Long.toString(articleId), Long.toString(world))).query(Integer.class).single())
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void moderatorsRejectWithAReasonFeatureAndEveryDecisionIsAudited() {
        String slug = comments.story();
        Browserless editor = comments.moderator();
        SignedInReader ann = people.signedIn();
        SignedInReader bob = people.signedIn();
        long rude = commentId(post(ann, slug, "Something rude"));
        long fine = commentId(post(ann, slug, "Something fine"));

        bob.browser().get("/articles/" + slug);
        bob.browser().post("/comments/" + rude + "/report", Map.of("reason", "It is <b>rude</b>"));
        String reported = editor.get("/newsroom/comments?queue=reported").body();
        assertThat(reported).contains("Something rude").contains("It is &lt;b&gt;rude&lt;/b&gt;");

        HttpResponse<String> noReason = editor.post("/newsroom/comments/" + rude + "/reject", Map.of("queue", "reported"));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(statusOf(rude)).isEqualTo("published");
        editor.get("/newsroom/comments?queue=reported");
        editor.post("/newsroom/comments/" + rude + "/reject", Map.of("reason", "Personal attack", "queue", "reported"));
        editor.post("/newsroom/comments/" + fine + "/feature", Map.of("featured", "true"));

        assertThat(statusOf(rude)).isEqualTo("rejected");
        String page = new Http(port).get("/articles/" + slug).body();
        assertThat(page).doesNotContain("Something rude").contains("Featured");
        assertThat(jdbc.sql("select action || ':' || coalesce(detail, '') from audit_event where subject_type = 'comment' and subject_id in (:ids) order by id")
                .param("ids", List.of(Long.toString(rude), Long.toString(fine))).query(String.class).list())
                .containsExactly("comment.reject:Personal attack", "comment.feature:");
    }

    @Test
    void aBannedReaderCannotCommentAndASuspensionEnds() {
        String slug = comments.story();
        Browserless editor = comments.moderator();
        SignedInReader troll = people.signedIn();
        commentId(post(troll, slug, "Before the ban"));

        editor.get("/newsroom/comments/settings");
        editor.post("/newsroom/comments/readers/" + troll.profile().id() + "/sanction", Map.of("kind", "ban", "reason", "Spam"));
        HttpResponse<String> refused = post(troll, slug, "After the ban");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("a moderator banned your account");
        assertThat(troll.browser().get("/articles/" + slug).body()).contains("a moderator banned your account")
                .doesNotContain("class=\"comment-form\"");

        editor.get("/newsroom/comments/settings");
        editor.post("/newsroom/comments/readers/" + troll.profile().id() + "/sanction",
                Map.of("kind", "suspend", "days", "2", "reason", "Cooling off"));
        assertThat(post(troll, slug, "Suspended").body()).contains("a moderator suspended your account");
        jdbc.sql("update comment_sanction set expires_at = now() - interval '1 minute' where reader_id = :id")
                .param("id", troll.profile().id()).update();
        assertThat(commentId(post(troll, slug, "Back again"))).isPositive();
        assertThat(jdbc.sql("select count(*) from audit_event where subject_type = 'reader' and subject_id = :id")
                .param("id", Long.toString(troll.profile().id())).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void oneRecommendationPerReaderAndTheMostRecommendedComeFirstWhenAsked() {
        String slug = comments.story();
        SignedInReader ann = people.signedIn();
        SignedInReader bob = people.signedIn();
        long older = commentId(post(ann, slug, "Older"));
        long liked = commentId(post(ann, slug, "Liked"));

        bob.browser().get("/articles/" + slug);
        bob.browser().post("/comments/" + liked + "/recommend", Map.of());
        bob.browser().post("/comments/" + liked + "/recommend", Map.of());
        ann.browser().get("/articles/" + slug);
        assertThat(ann.browser().post("/comments/" + liked + "/recommend", Map.of()).statusCode()).isEqualTo(403);

        assertThat(jdbc.sql("select recommendations from comment where id = :id").param("id", liked).query(Integer.class).single()).isEqualTo(1);
        String byRecommendation = new Http(port).get("/articles/" + slug + "?sort=recommended").body();
        assertThat(byRecommendation.indexOf("id=\"comment-" + liked + "\"")).isLessThan(byRecommendation.indexOf("id=\"comment-" + older + "\""));
        String oldestFirst = new Http(port).get("/articles/" + slug).body();
        assertThat(oldestFirst.indexOf("id=\"comment-" + older + "\"")).isLessThan(oldestFirst.indexOf("id=\"comment-" + liked + "\""));
        String newestFirst = new Http(port).get("/articles/" + slug + "?sort=newest").body();
        assertThat(newestFirst.indexOf("id=\"comment-" + liked + "\"")).isLessThan(newestFirst.indexOf("id=\"comment-" + older + "\""));
    }

    @Test
    void pagesOfCommentsAndAPermalinkOpensThePageHoldingTheComment() {
        String slug = comments.story();
        long articleId = comments.storyId(slug, jdbc);
        for (int i = 0; i < 30; i++) {
            jdbc.sql("""
                            insert into comment (article_id, depth, reader_id, author_name, body, status, created_at)
                            values (:article, 0, 1, 'Seeded', :body, 'published', now() - make_interval(mins => :age))""")
                    .param("article", articleId).param("body", "Seeded " + i).param("age", 100 - i).update();
        }
        jdbc.sql("update comment set root_id = id where article_id = :article").param("article", articleId).update();
        long last = jdbc.sql("select max(id) from comment where article_id = :article").param("article", articleId).query(Long.class).single();

        String first = new Http(port).get("/articles/" + slug).body();
        assertThat(first).contains("Seeded 0<").doesNotContain("Seeded 29<").contains("Page 1 of 2")
                .contains("href=\"/articles/" + slug + "?page=2#comments\"");

        HttpResponse<String> permalink = new Http(port).get("/comments/" + last);
        assertThat(permalink.statusCode()).isEqualTo(303);
        String location = permalink.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/articles/" + slug + "?comment=" + last + "#comment-" + last);
        String opened = new Http(port).get(location.substring(0, location.indexOf('#'))).body();
        assertThat(opened).contains("id=\"comment-" + last + "\"").contains("Page 2 of 2");
    }

    @Test
    void aDeletedReaderLeavesTheirCommentsAsADeletedReaderOrTakesTheirWordsAway() {
        String slug = comments.story();
        SignedInReader keeper = people.signedIn("Keeper Reader");
        SignedInReader leaver = people.signedIn("Leaver Reader");
        SignedInReader bob = people.signedIn();
        long kept = commentId(post(keeper, slug, "Kept words"));
        long removed = commentId(post(leaver, slug, "Removed words"));
        long answer = commentId(reply(bob, slug, removed, "An answer"));

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new ReaderDeleted(keeper.profile().id(), true));
            events.publishEvent(new ReaderDeleted(leaver.profile().id(), false));
        });

        String page = new Http(port).get("/articles/" + slug).body();
        assertThat(page).contains("Kept words").doesNotContain("Keeper Reader").contains("A deleted reader")
                .doesNotContain("Removed words").doesNotContain("Leaver Reader").contains("This comment was deleted.")
                .contains("An answer").contains("id=\"comment-" + answer + "\"");
        assertThat(jdbc.sql("select count(*) from comment where reader_id in (:ids)")
                .param("ids", List.of(keeper.profile().id(), leaver.profile().id())).query(Integer.class).single()).isZero();
        assertThat(bodyOf(removed)).isEmpty();
        assertThat(statusOf(kept)).isEqualTo("published");
    }

    @Test
    void theSharedCopyOfADiscussionChangesWithItsCommentsAndKeepsItsValidators() {
        String slug = comments.story();
        Http http = new Http(port);
        HttpResponse<String> before = http.get("/articles/" + slug);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        assertThat(before.headers().firstValue("Cache-Control").orElseThrow()).contains("public");
        assertThat(http.get("/articles/" + slug, "If-None-Match", etag).statusCode()).isEqualTo(304);

        SignedInReader ann = people.signedIn();
        commentId(post(ann, slug, "Changes the page"));
        HttpResponse<String> after = http.get("/articles/" + slug, "If-None-Match", etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("Changes the page");

        HttpResponse<String> personal = ann.browser().get("/articles/" + slug);
        assertThat(personal.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(personal.body()).contains("class=\"comment-form\"");
    }

    @Test
    void theReadersProfileListsTheirLatestCommentsAndTheirDataDownloadHoldsEveryOne() {
        String slug = comments.story();
        SignedInReader ann = people.signedIn("Ann Profile");
        long shown = commentId(post(ann, slug, "On my <profile> & in my data"));
        long gone = commentId(post(ann, slug, "Deleted later"));
        ann.browser().get("/articles/" + slug);
        ann.browser().post("/comments/" + gone + "/delete", Map.of());

        String profile = new Http(port).get("/readers/" + ann.profile().handle()).body();
        assertThat(profile).contains("Latest comments").contains("href=\"/comments/" + shown + "\"")
                .contains("On my &lt;profile&gt; &amp; in my data").doesNotContain("Deleted later");

        HttpResponse<String> data = ann.browser().get("/account/data");
        assertThat(data.statusCode()).isEqualTo(200);
        assertThat(data.body()).contains("\"comments\"").contains("On my <profile> & in my data")
                .contains("Deleted later").contains("\"status\" : \"deleted\"")
                .contains("\"article\" : \"/articles/" + slug + "\"");
    }

    private String bodyOf(long id) {
        return jdbc.sql("select body from comment where id = :id").param("id", id).query(String.class).single();
    }

    private String statusOf(long id) {
        return jdbc.sql("select status from comment where id = :id").param("id", id).query(String.class).single();
    }
}
