package news.broadsheet.comment;

import static news.broadsheet.comment.CommentFixtures.commentId;
import static news.broadsheet.comment.CommentFixtures.post;
import static news.broadsheet.comment.CommentFixtures.reply;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.Browserless;
import news.broadsheet.Eventually;
import news.broadsheet.Html5;
import news.broadsheet.IntegrationTest;
import news.broadsheet.TestStories;
import news.broadsheet.article.ArticleDesk;
import news.broadsheet.article.Articles;
import news.broadsheet.mail.MailOutbox;
import news.broadsheet.newsroom.internal.StaffService;
import news.broadsheet.reader.ReaderFixtures;
import news.broadsheet.reader.ReaderFixtures.SignedInReader;
import news.broadsheet.reader.Readers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What happens to a comment after it was shown reaches every copy of it: an edit changes the words on the
 * Following page and in notifications; a deletion, a moderator's removal or the removal of the author's
 * account takes them away everywhere at once. And a reader's mutes hold on the live stream too.
 */
@IntegrationTest
class CommentChangesIntegrationTest {

    private static final Pattern BELL_COUNT = Pattern.compile("<span class=\"bell-count\">(\\d+)</span>");

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

    ReaderFixtures people;
    CommentFixtures comments;

    @BeforeEach
    void fixtures() {
        people = new ReaderFixtures(port, outbox, readers);
        comments = new CommentFixtures(port, new TestStories(desk, articles, jdbc), staff);
    }

    @Test
    void anEditedCommentShowsItsNewWordsOnTheFollowingPageAndInTheNotificationsAboutIt() {
        String slug = comments.story();
        SignedInReader ann = people.signedIn("Ann Edits");
        SignedInReader bob = people.signedIn("Bob Edits");
        follow(ann, bob);
        long top = commentId(post(ann, slug, "What did the minister say?"));
        long answer = commentId(reply(bob, slug, top, "She said nothing at al"));
        awaitNotified(ann, answer);

        bob.browser().get("/articles/" + slug);
        assertThat(bob.browser().post("/comments/" + answer + "/edit", Map.of("text", "She said nothing at all, twice."))
                .statusCode()).isEqualTo(303);

        String inbox = ann.browser().get("/account/notifications").body();
        assertThat(inbox).contains("Bob Edits replied to your comment").contains("She said nothing at all, twice.")
                .doesNotContain("nothing at al<").doesNotContain("nothing at al\n");
        String following = ann.browser().get("/account/following").body();
        assertThat(Html5.parseErrors(following)).isEmpty();
        assertThat(following).contains("She said nothing at all, twice.").contains("class=\"following-edited\">edited")
                .doesNotContain("nothing at al<");
        assertThat(bell(ann)).isEqualTo(1);
    }

    @Test
    void aDeletedCommentsWordsLeaveTheFollowingPageAndTheInboxWhoseNoticeSaysItWasDeletedAndIsNoLongerUnread() {
        String slug = comments.story();
        SignedInReader ann = people.signedIn("Ann Deletes");
        SignedInReader bob = people.signedIn("Bob Deletes");
        follow(ann, bob);
        long top = commentId(post(ann, slug, "A question for everyone"));
        long answer = commentId(reply(bob, slug, top, "Words Bob regrets"));
        long kept = commentId(post(bob, slug, "Words Bob stands by"));
        awaitNotified(ann, answer);
        awaitNotified(ann, kept);
        assertThat(bell(ann)).isEqualTo(2);

        bob.browser().get("/articles/" + slug);
        assertThat(bob.browser().post("/comments/" + answer + "/delete", Map.of()).statusCode()).isEqualTo(303);

        String following = ann.browser().get("/account/following").body();
        assertThat(following).doesNotContain("Words Bob regrets").contains("Words Bob stands by");
        String inbox = ann.browser().get("/account/notifications").body();
        assertThat(Html5.parseErrors(inbox)).isEmpty();
        assertThat(inbox).doesNotContain("Words Bob regrets")
                .contains("Bob Deletes replied to your comment").contains("This comment was deleted.")
                .doesNotContain("href=\"/comments/" + answer + "\"")
                .contains("Words Bob stands by").contains("1 unread notification.");
        assertThat(bell(ann)).as("nothing readable is left behind the deleted comment's notice").isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from inbox_notification where comment_id = :id and excerpt <> ''
                        union all select count(*) from inbox_comment where comment_id = :id and excerpt <> ''""")
                .param("id", answer).query(Integer.class).list()).containsOnly(0);
    }

    @Test
    void aPublishedCommentAModeratorRemovesLeavesOthersPagesAndItsAuthorIsTold() {
        String slug = comments.story();
        SignedInReader ann = people.signedIn();
        SignedInReader bob = people.signedIn("Bob Removed");
        follow(ann, bob);
        long rude = commentId(post(bob, slug, "Something rude to remove"));
        awaitNotified(ann, rude);
        assertThat(ann.browser().get("/account/following").body()).contains("Something rude to remove");

        Browserless editor = comments.moderator();
        editor.get("/newsroom/comments?queue=reported");
        assertThat(editor.post("/newsroom/comments/" + rude + "/reject", Map.of("reason", "Personal attack")).statusCode())
                .isEqualTo(303);

        assertThat(ann.browser().get("/account/following").body()).doesNotContain("Something rude to remove");
        assertThat(ann.browser().get("/account/notifications").body()).doesNotContain("Something rude to remove")
                .contains("This comment was deleted.");
        assertThat(bell(ann)).isZero();
        assertThat(bob.browser().get("/account/notifications").body())
                .contains("A moderator removed your comment").contains("The moderator's reason: Personal attack");
        assertThat(bell(bob)).isEqualTo(1);
    }

    @Test
    void aCommentItsAuthorDeletedCannotBeApprovedBackByAModeratorFromAStalePage() {
        String slug = comments.story();
        SignedInReader bob = people.signedIn();
        SignedInReader cat = people.signedIn();
        long reported = commentId(post(bob, slug, "Reported, then deleted"));
        cat.browser().get("/articles/" + slug);
        cat.browser().post("/comments/" + reported + "/report", Map.of("reason", "Rude"));
        Browserless editor = comments.moderator();
        editor.get("/newsroom/comments?queue=reported");
        bob.browser().get("/articles/" + slug);
        bob.browser().post("/comments/" + reported + "/delete", Map.of());

        HttpResponse<String> approve = editor.post("/newsroom/comments/" + reported + "/approve", Map.of("queue", "reported"));
        assertThat(approve.statusCode()).isEqualTo(400);
        assertThat(approve.body()).contains("Its author deleted this comment, so it cannot be approved.");
        HttpResponse<String> reject = editor.post("/newsroom/comments/" + reported + "/reject",
                Map.of("reason", "Rude", "queue", "reported"));
        assertThat(reject.statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("select status from comment where id = :id").param("id", reported).query(String.class).single())
                .isEqualTo("deleted");
        assertThat(new news.broadsheet.Http(port).get("/articles/" + slug).body()).doesNotContain("Reported, then deleted");
    }

    @Test
    void removingAnAccountWithItsCommentsTakesTheirWordsFromOthersInboxes() {
        String slug = comments.story();
        SignedInReader ann = people.signedIn();
        SignedInReader bob = people.signedIn();
        follow(ann, bob);
        long top = commentId(post(ann, slug, "Ann asks"));
        long answer = commentId(reply(bob, slug, top, "Bob answers, then leaves"));
        awaitNotified(ann, answer);

        bob.browser().get("/account");
        bob.browser().post("/account/delete", Map.of("password", ReaderFixtures.PASSWORD, "comments", "remove"));

        assertThat(ann.browser().get("/account/following").body()).doesNotContain("Bob answers, then leaves");
        assertThat(ann.browser().get("/account/notifications").body()).doesNotContain("Bob answers, then leaves");
        assertThat(bell(ann)).isZero();
        assertThat(jdbc.sql("select count(*) from inbox_comment where comment_id = :id and excerpt <> ''")
                .param("id", answer).query(Integer.class).single()).isZero();
    }

    @Test
    void aReaderWhoMutedTheAuthorGetsTheCommentsPlaceLiveButNotItsWordsWhileOthersGetThem() throws Exception {
        String slug = comments.story();
        long articleId = comments.storyId(slug, jdbc);
        SignedInReader ann = people.signedIn("Ann Mutes Live");
        SignedInReader bob = people.signedIn("Bob Muted Live");
        SignedInReader cat = people.signedIn("Cat Heard Live");
        ann.browser().get(bob.profile().path());
        assertThat(ann.browser().post(bob.profile().path() + "/mute", Map.of()).statusCode()).isEqualTo(302);

        try (LiveStream annLive = LiveStream.open(ann.browser(), articleId);
             LiveStream visitorLive = LiveStream.open(new Browserless(port), articleId)) {
            long muted = commentId(post(bob, slug, "Live words Ann chose not to read"));
            long heard = commentId(post(cat, slug, "Live words for everyone"));

            assertThat(visitorLive.awaitComment(muted)).contains("Live words Ann chose not to read").contains("Bob Muted Live");
            assertThat(visitorLive.awaitComment(heard)).contains("Live words for everyone");
            assertThat(annLive.awaitComment(heard)).contains("Live words for everyone");
            assertThat(annLive.awaitComment(muted)).contains("whom you muted")
                    .doesNotContain("Live words Ann chose not to read");
            assertThat(annLive.comments()).noneMatch(data -> data.contains("Live words Ann chose not to read"));
        }
    }

    private void follow(SignedInReader follower, SignedInReader followed) {
        follower.browser().get(followed.profile().path());
        HttpResponse<String> response = follower.browser().post(followed.profile().path() + "/follow", Map.of());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
    }

    /** Waits for the job that writes a comment's notifications to have told this reader of it. */
    private void awaitNotified(SignedInReader reader, long commentId) {
        Eventually.within(Duration.ofSeconds(20), "reader " + reader.profile().id() + " told of comment " + commentId,
                () -> jdbc.sql("select count(*) from inbox_notification where recipient_id = :reader and comment_id = :comment")
                        .param("reader", reader.profile().id()).param("comment", commentId).query(Integer.class).single() == 1);
    }

    private static int bell(SignedInReader reader) {
        String page = reader.browser().get("/search?q=sochi").body();
        Matcher count = BELL_COUNT.matcher(page);
        return count.find() ? Integer.parseInt(count.group(1)) : 0;
    }
}
