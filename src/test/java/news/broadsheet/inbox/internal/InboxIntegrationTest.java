package news.broadsheet.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.Browserless;
import news.broadsheet.Html5;
import news.broadsheet.IntegrationTest;
import news.broadsheet.comment.CommentModerated;
import news.broadsheet.comment.CommentPublished;
import news.broadsheet.comment.CommentWithdrawn;
import news.broadsheet.inbox.CommentEventsFixture;
import news.broadsheet.mail.MailOutbox;
import news.broadsheet.mail.OutgoingMail;
import news.broadsheet.reader.ReaderFixtures;
import news.broadsheet.reader.ReaderFixtures.SignedInReader;
import news.broadsheet.reader.ReaderRelations;
import news.broadsheet.reader.Readers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications from the comment module's events (published here directly, as that module will): who is
 * told of what, the unread count in the masthead, the inbox page, each reader's settings, and mutes.
 */
@IntegrationTest
class InboxIntegrationTest {

    private static final Pattern BELL_COUNT = Pattern.compile("<span class=\"bell-count\">(\\d+)</span>");

    @LocalServerPort
    int port;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Readers readers;
    @Autowired
    ReaderRelations relations;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Digests digests;

    ReaderFixtures fixtures;
    CommentEventsFixture comments;

    @BeforeEach
    void fixtures() {
        fixtures = new ReaderFixtures(port, outbox, readers);
        comments = new CommentEventsFixture(events, transaction, jdbc);
    }

    @Test
    void aReplyToMyCommentIsInMyInboxAndCountedInTheMastheadUntilRead() {
        SignedInReader ana = fixtures.signedIn("Ana Reply");
        SignedInReader ben = fixtures.signedIn("Ben Replier");
        assertThat(bell(ana)).isZero();
        long anas = comments.topLevel(ana.profile().id(), "Talks in Sochi", "The talks went nowhere.");
        comments.reply(ben.profile().id(), anas, ana.profile().id(), Set.of(ana.profile().id()), "Talks in Sochi",
                "I think they went somewhere.");

        assertThat(bell(ana)).isEqualTo(1);
        assertThat(bell(ben)).as("nobody is told of their own comment").isZero();
        String inbox = ana.browser().get("/account/notifications").body();
        assertThat(inbox).contains("Ben Replier replied to your comment on “Talks in Sochi”")
                .contains("I think they went somewhere.").contains("1 unread notification.");
        long id = onlyNotificationId(inbox);

        HttpResponse<String> read = ana.browser().post("/account/notifications/" + id + "/read", Map.of());
        assertThat(read.statusCode()).isEqualTo(302);
        assertThat(bell(ana)).isZero();
        assertThat(ana.browser().get("/account/notifications").body()).contains("Nothing unread.")
                .contains("I think they went somewhere.");
    }

    @Test
    void markAllReadClearsTheCountAndNobodyElseCanMarkMine() {
        SignedInReader ana = fixtures.signedIn();
        SignedInReader ben = fixtures.signedIn();
        long anas = comments.topLevel(ana.profile().id(), "Article", "First");
        comments.reply(ben.profile().id(), anas, ana.profile().id(), Set.of(ana.profile().id()), "Article", "One");
        comments.reply(ben.profile().id(), anas, ana.profile().id(), Set.of(ana.profile().id()), "Article", "Two");
        assertThat(bell(ana)).isEqualTo(2);
        long id = onlyNotificationIds(ana.browser().get("/account/notifications").body()).getFirst();

        ben.browser().get("/account/notifications");
        assertThat(ben.browser().post("/account/notifications/" + id + "/read", Map.of()).statusCode()).isEqualTo(404);
        assertThat(ana.browser().postRaw("/account/notifications/read", Map.of()).statusCode())
                .as("no CSRF token").isEqualTo(403);
        assertThat(bell(ana)).isEqualTo(2);

        ana.browser().get("/account/notifications");
        assertThat(ana.browser().post("/account/notifications/read", Map.of()).statusCode()).isEqualTo(302);
        assertThat(bell(ana)).isZero();
    }

    @Test
    void theInboxAndFollowingPageAreForSignedInReadersOnly() {
        Browserless visitor = new Browserless(port);
        assertThat(ReaderFixtures.where(visitor.get("/account/notifications"))).startsWith("/account/login");
        assertThat(ReaderFixtures.where(visitor.get("/account/following"))).startsWith("/account/login");
        assertThat(visitor.get("/search?q=sochi").body()).doesNotContain("masthead-bell");
    }

    @Test
    void othersInTheThreadAreToldOfAReplyOnceForTheNearestReason() {
        SignedInReader ana = fixtures.signedIn("Ana Thread");
        SignedInReader ben = fixtures.signedIn("Ben Thread");
        SignedInReader cleo = fixtures.signedIn("Cleo Thread");
        comments.topLevel(ana.profile().id(), "Thread article", "Start");
        ana.browser().get("/readers/" + cleo.profile().handle());
        ana.browser().post("/readers/" + cleo.profile().handle() + "/follow", Map.of());
        long bens = CommentEventsFixture.newCommentId();
        comments.reply(cleo.profile().id(), bens, ben.profile().id(),
                Set.of(ana.profile().id(), ben.profile().id(), cleo.profile().id()), "Thread article", "Cleo answers Ben");

        assertThat(ben.browser().get("/account/notifications").body())
                .contains("Cleo Thread replied to your comment on “Thread article”");
        String anas = ana.browser().get("/account/notifications").body();
        assertThat(anas).contains("Cleo Thread replied in a thread you joined on “Thread article”")
                .doesNotContain("whom you follow");
        assertThat(onlyNotificationIds(anas)).hasSize(1);
        assertThat(bell(cleo)).isZero();
    }

    @Test
    void aFollowedReadersNewCommentNotifiesFollowersAndIsOnTheirFollowingPage() {
        SignedInReader ana = fixtures.signedIn("Ana Follower");
        SignedInReader ben = fixtures.signedIn("Ben Followed");
        SignedInReader stranger = fixtures.signedIn();
        follow(ana, ben);
        assertThat(relations.isFollowing(ana.profile().id(), ben.profile().id())).isTrue();
        assertThat(relations.followersOf(ben.profile().id())).containsExactly(ana.profile().id());

        comments.topLevel(ben.profile().id(), "Followed article", "Ben's newest thought");
        assertThat(ana.browser().get("/account/notifications").body())
                .contains("Ben Followed, whom you follow, commented on “Followed article”");
        String following = ana.browser().get("/account/following").body();
        assertThat(Html5.parseErrors(following)).isEmpty();
        assertThat(Html5.parseErrors(ana.browser().get("/account/notifications").body())).isEmpty();
        assertThat(Html5.parseErrors(ana.browser().get("/account").body())).isEmpty();
        assertThat(Html5.parseErrors(ana.browser().get(ben.profile().path()).body())).isEmpty();
        assertThat(following).contains("Ben's newest thought").contains("Followed article")
                .contains("href=\"" + ben.profile().path() + "\"").containsPattern("<time datetime=\"[^\"]+\">");
        assertThat(bell(stranger)).isZero();
        assertThat(stranger.browser().get("/account/following").body()).contains("You follow nobody yet.")
                .doesNotContain("newest thought");
    }

    @Test
    void theFollowingPageIsNewestFirstAndPaginated() {
        SignedInReader ana = fixtures.signedIn();
        SignedInReader ben = fixtures.signedIn();
        follow(ana, ben);
        for (int i = 1; i <= FollowingController.PAGE_SIZE + 2; i++) {
            long id = CommentEventsFixture.newCommentId();
            comments.publish(new CommentPublished(id, 1, "Paged", "/comments/" + id, ben.profile().id(),
                    "Comment number " + i + ".", null, null, Set.of(), Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i)));
        }
        String first = ana.browser().get("/account/following").body();
        assertThat(first.indexOf("Comment number 22.")).isLessThan(first.indexOf("Comment number 21."));
        assertThat(first).doesNotContain("Comment number 2.").contains("href=\"/account/following?page=2\"");
        String second = ana.browser().get("/account/following?page=2").body();
        assertThat(second).contains("Comment number 2.").contains("Comment number 1.").doesNotContain("Comment number 3.");
    }

    @Test
    void aMutedReaderNeverNotifiesAndMutingStopsFollowing() {
        SignedInReader ana = fixtures.signedIn();
        SignedInReader ben = fixtures.signedIn("Ben Muted");
        follow(ana, ben);
        ana.browser().get(ben.profile().path());
        assertThat(ana.browser().post(ben.profile().path() + "/mute", Map.of()).statusCode()).isEqualTo(302);
        assertThat(relations.mutedBy(ana.profile().id())).containsExactly(ben.profile().id());
        assertThat(relations.isFollowing(ana.profile().id(), ben.profile().id())).isFalse();

        long anas = comments.topLevel(ana.profile().id(), "Muted article", "Ana's comment");
        comments.reply(ben.profile().id(), anas, ana.profile().id(), Set.of(ana.profile().id()), "Muted article", "Ben again");
        comments.topLevel(ben.profile().id(), "Muted article", "Ben's own thread");
        assertThat(bell(ana)).isZero();
        assertThat(ana.browser().get("/account/notifications").body()).doesNotContain("Ben again");

        ana.browser().get(ben.profile().path());
        HttpResponse<String> refused = ana.browser().post(ben.profile().path() + "/follow", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("You have muted this reader. Unmute them first to follow them.");
    }

    @Test
    void settingsChooseTheInboxEmailAtOnceADailyDigestOrNothing() {
        SignedInReader ana = fixtures.signedIn("Ana Settings");
        SignedInReader ben = fixtures.signedIn("Ben Settings");
        ana.browser().get("/account");
        HttpResponse<String> saved = ana.browser().post("/account/preferences/notifications", Map.of(
                "reply", "email", "thread", "digest", "followed", "off", "moderation", "inbox"));
        assertThat(ReaderFixtures.where(saved)).isEqualTo("/account?preferences-saved");
        String account = ana.browser().get("/account?preferences-saved").body();
        assertThat(account).contains("Your choices are saved.")
                .containsPattern("<select id=\"preference-notifications-reply\" name=\"reply\">\\s*<option value=\"inbox\">[^<]*</option>\\s*<option value=\"email\" selected>");
        follow(ana, ben);

        long anas = comments.topLevel(ana.profile().id(), "Settings article", "Ana starts");
        comments.reply(ben.profile().id(), anas, ana.profile().id(), Set.of(ana.profile().id()), "Settings article",
                "A reply worth an e-mail");
        OutgoingMail mail = fixtures.latestMailTo(ana.email());
        assertThat(mail.subject()).isEqualTo("Ben Settings replied to your comment on “Settings article”");
        assertThat(mail.body()).contains("A reply worth an e-mail").containsPattern("https?://\\S+/comments/\\d+")
                .contains("/account");

        comments.topLevel(ben.profile().id(), "Settings article", "Followed but off");
        assertThat(ana.browser().get("/account/notifications").body()).doesNotContain("Followed but off");

        long other = CommentEventsFixture.newCommentId();
        comments.reply(ben.profile().id(), other, null, Set.of(ana.profile().id()), "Digest article", "For the digest");
        assertThat(outbox.to(ana.email(), 10)).extracting(OutgoingMail::body).noneMatch(body -> body.contains("For the digest"));
        digests.sendAll();
        OutgoingMail digest = fixtures.latestMailTo(ana.email());
        assertThat(digest.subject()).contains("Ben Settings replied in a thread you joined");
        assertThat(digest.body()).contains("For the digest");
        int mails = outbox.to(ana.email(), 50).size();
        digests.sendAll();
        assertThat(outbox.to(ana.email(), 50)).as("a digest goes once").hasSize(mails);

        ana.browser().get("/account");
        HttpResponse<String> refused = ana.browser().post("/account/preferences/notifications", Map.of(
                "reply", "carrier-pigeon", "thread", "digest", "followed", "off", "moderation", "inbox"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Choose how to hear of “Replies to your comments” from the list.");
    }

    @Test
    void aModeratorsDecisionIsToldToTheAuthorAndARemovedCommentLeavesTheFollowingPage() {
        SignedInReader ana = fixtures.signedIn();
        SignedInReader ben = fixtures.signedIn("Ben Moderated");
        follow(ana, ben);
        long bens = comments.topLevel(ben.profile().id(), "Moderated article", "Something rude");
        assertThat(ana.browser().get("/account/following").body()).contains("Something rude");

        comments.withdraw(bens);
        comments.moderate(bens, ben.profile().id(), CommentModerated.REJECTED, "<b>Personal attack</b>");
        String inbox = ben.browser().get("/account/notifications").body();
        assertThat(inbox).contains("A moderator removed your comment on “Moderated article”")
                .contains("The moderator's reason: &lt;b&gt;Personal attack&lt;/b&gt;");
        assertThat(bell(ben)).isEqualTo(1);
        assertThat(ana.browser().get("/account/following").body()).doesNotContain("Something rude");
        assertThat(ana.browser().get("/account/notifications").body()).doesNotContain("Something rude");
    }

    @Test
    void aCommentWithdrawnBeforeItsNotificationsWereWrittenTellsNobody() {
        SignedInReader ana = fixtures.signedIn();
        SignedInReader ben = fixtures.signedIn();
        follow(ana, ben);
        long id = CommentEventsFixture.newCommentId();
        CommentPublished published = new CommentPublished(id, 1, "Gone at once", "/comments/" + id, ben.profile().id(),
                "Posted and deleted in a moment", null, null, Set.of(), Instant.now());
        comments.publish(published, new CommentWithdrawn(id, Instant.now()));

        assertThat(bell(ana)).isZero();
        assertThat(ana.browser().get("/account/notifications").body()).doesNotContain("Gone at once");
        assertThat(ana.browser().get("/account/following").body()).doesNotContain("Posted and deleted in a moment");
    }

    @Test
    void anEditChangesTheWordsAWithdrawalTakesThemAwayAndTheDigestLeavesOutWhatWasWithdrawn() {
        SignedInReader ana = fixtures.signedIn("Ana Digest");
        SignedInReader ben = fixtures.signedIn("Ben Digest");
        ana.browser().get("/account");
        ana.browser().post("/account/preferences/notifications", Map.of(
                "reply", "digest", "thread", "digest", "followed", "digest", "moderation", "inbox"));
        long anas = comments.topLevel(ana.profile().id(), "Digest article", "Ana asks");
        long kept = comments.reply(ben.profile().id(), anas, ana.profile().id(), Set.of(ana.profile().id()),
                "Digest article", "A reply with a tpyo");
        long withdrawn = comments.reply(ben.profile().id(), anas, ana.profile().id(), Set.of(ana.profile().id()),
                "Digest article", "A reply soon deleted");

        comments.edit(kept, "A reply without a typo");
        comments.edit(withdrawn, "A reply edited before it went");
        comments.withdraw(withdrawn);
        comments.edit(withdrawn, "An edit after the withdrawal changes nothing");

        String inbox = ana.browser().get("/account/notifications").body();
        assertThat(inbox).contains("A reply without a typo").doesNotContain("tpyo").doesNotContain("soon deleted")
                .doesNotContain("edited before it went").doesNotContain("changes nothing")
                .contains("This comment was deleted.").contains("1 unread notification.");
        assertThat(bell(ana)).isEqualTo(1);
        digests.sendAll();
        OutgoingMail digest = fixtures.latestMailTo(ana.email());
        assertThat(digest.body()).contains("A reply without a typo").doesNotContain("soon deleted")
                .doesNotContain("/comments/" + withdrawn);
        assertThat(ana.browser().get("/account/data").body()).doesNotContain("soon deleted")
                .doesNotContain("edited before it went");
    }

    @Test
    void hostileNamesTitlesExcerptsAndLinksAreShownAsText() {
        SignedInReader ana = fixtures.signedIn();
        SignedInReader ben = fixtures.signedIn("<script>alert('ben')</script>");
        follow(ana, ben);
        long id = CommentEventsFixture.newCommentId();
        comments.publish(new CommentPublished(id, 1, "<img src=x onerror=alert(1)>", "javascript:alert(2)",
                ben.profile().id(), "<a href=\"javascript:alert(3)\">click</a>\u202e", null, null, Set.of(),
                Instant.now()));
        for (String page : List.of(ana.browser().get("/account/notifications").body(),
                ana.browser().get("/account/following").body())) {
            assertThat(page).contains("&lt;script&gt;alert('ben')&lt;/script&gt;")
                    .contains("&lt;img src=x onerror=alert(1)&gt;").contains("&lt;a href=\"javascript:alert(3)\"&gt;click&lt;/a&gt;</")
                    .contains("href=\"/comments/" + id + "\"")
                    .doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("javascript:alert(2)")
                    .doesNotContain("\u202e");
        }
    }

    @Test
    void deletingAnAccountForgetsItsNotificationsAndRemovedCommentsLeaveOthersPages() {
        SignedInReader ana = fixtures.signedIn();
        SignedInReader ben = fixtures.signedIn();
        follow(ana, ben);
        comments.topLevel(ben.profile().id(), "Deleted article", "Soon gone");
        long anas = comments.topLevel(ana.profile().id(), "Deleted article", "Ana's");
        comments.reply(ben.profile().id(), anas, ana.profile().id(), Set.of(ana.profile().id()), "Deleted article", "Reply gone");
        ben.browser().get("/account");
        ben.browser().post("/account/delete", Map.of("password", ReaderFixtures.PASSWORD, "comments", "remove"));
        assertThat(ana.browser().get("/account/following").body()).doesNotContain("Soon gone");
        assertThat(ana.browser().get("/account/notifications").body()).doesNotContain("Reply gone");
        assertThat(jdbc.sql("select count(*) from inbox_comment where author_id = :id").param("id", ben.profile().id())
                .query(Integer.class).single()).isZero();
    }

    private void follow(SignedInReader follower, SignedInReader followed) {
        follower.browser().get(followed.profile().path());
        HttpResponse<String> response = follower.browser().post(followed.profile().path() + "/follow", Map.of());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
    }

    private static int bell(SignedInReader reader) {
        String page = reader.browser().get("/search?q=sochi").body();
        assertThat(page).contains("class=\"masthead-bell\" href=\"/account/notifications\"");
        Matcher count = BELL_COUNT.matcher(page);
        return count.find() ? Integer.parseInt(count.group(1)) : 0;
    }

    private static long onlyNotificationId(String inbox) {
        List<Long> ids = onlyNotificationIds(inbox);
        assertThat(ids).hasSize(1);
        return ids.getFirst();
    }

    private static List<Long> onlyNotificationIds(String inbox) {
        return Pattern.compile("action=\"/account/notifications/(\\d+)/read\"").matcher(inbox).results()
                .map(match -> Long.parseLong(match.group(1))).toList();
    }
}
