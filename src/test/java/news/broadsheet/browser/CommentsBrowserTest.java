package news.broadsheet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import news.broadsheet.IntegrationTest;
import news.broadsheet.TestStories;
import news.broadsheet.article.ArticleDesk;
import news.broadsheet.article.Articles;
import news.broadsheet.mail.MailOutbox;
import news.broadsheet.newsroom.internal.Role;
import news.broadsheet.newsroom.internal.StaffService;
import news.broadsheet.reader.ReaderFixtures;
import news.broadsheet.reader.ReaderProfile;
import news.broadsheet.reader.Readers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two readers talk under an article and see each other live; a moderator holds and approves; a ban holds. */
@IntegrationTest
class CommentsBrowserTest extends BrowserSupport {

    private static final String STAFF_PASSWORD = "correct horse battery";

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
    String slug;

    @BeforeEach
    void story() {
        people = new ReaderFixtures(port, outbox, readers);
        slug = "browser-comments-" + UUID.randomUUID().toString().substring(0, 8);
        new TestStories(desk, articles, jdbc).publish(slug, "Readers argue about " + slug, "A standfirst",
                "A body to argue about.", TestStories.LONG_AGO);
    }

    @Test
    void aReplyAppearsLiveForTheReaderItAnswersWithoutAReloadAndInTheirInbox() {
        Page ann = newContext(new Browser.NewContextOptions()).newPage();
        people.signedIn(ann, "Ann Live");
        ann.navigate("/articles/" + slug);
        ann.getByLabel("Comment as Ann Live").fill("Is anyone else reading this?");
        ann.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
        Locator annsComment = ann.locator("li.comment", new Page.LocatorOptions().setHasText("Is anyone else reading this?"));
        assertThat(annsComment).isVisible();
        assertThat(ann.locator("section.comments")).hasAttribute("data-live-state", "open");
        ann.evaluate("() => window.stillTheSamePage = true");

        Page bob = newContext(new Browser.NewContextOptions()).newPage();
        people.signedIn(bob, "Bob Live");
        bob.navigate("/articles/" + slug);
        Locator toAnn = bob.locator("li.comment", new Page.LocatorOptions().setHasText("Is anyone else reading this?"));
        toAnn.locator("summary", new Locator.LocatorOptions().setHasText("Reply")).first().click();
        toAnn.getByLabel("Your reply to Ann Live").fill("Yes, every word.");
        toAnn.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Post reply")).click();
        assertThat(bob.locator("li.comment.depth-1", new Page.LocatorOptions().setHasText("Yes, every word."))).isVisible();

        Locator liveReply = annsComment.locator("ol.comment-replies li.comment");
        assertThat(liveReply).containsText("Yes, every word.");
        assertThat(liveReply.locator(".comment-author")).hasText("Bob Live");
        assertThat(ann.locator("h2#comments-heading .comment-count")).hasText("2");
        org.assertj.core.api.Assertions.assertThat(ann.evaluate("() => window.stillTheSamePage === true")).isEqualTo(true);

        ann.navigate("/account/notifications");
        Locator inInbox = ann.locator(".inbox-list li", new Page.LocatorOptions().setHasText("Yes, every word."));
        // The notification is written by a job once the reply has committed, so it may come a moment later.
        for (int attempt = 0; attempt < 30 && inInbox.count() == 0; attempt++) {
            ann.waitForTimeout(1_000);
            ann.reload();
        }
        assertThat(inInbox).containsText("Bob Live");
        assertThat(inInbox.locator("a").first()).hasAttribute("href", Pattern.compile("/comments/\\d+"));
        assertThat(ann.locator(".bell-count")).hasText("1");
    }

    @Test
    void aModeratorPreModeratesTheArticleAndApprovesTheHeldComment() {
        Page moderator = moderator();
        moderator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Comment settings")).click();
        moderator.getByLabel("Article's address or words from it").fill(origin() + "/articles/" + slug);
        moderator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
        assertThat(moderator.locator("h1")).hasText("Comments on “Readers argue about " + slug + "”");
        moderator.getByLabel("Pre-moderated: a moderator approves each comment").check();
        moderator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(moderator.locator("p.notice")).containsText("Saved");

        Page visitor = newContext(new Browser.NewContextOptions()).newPage();
        visitor.navigate("/articles/" + slug);
        assertThat(visitor.locator("section.comments")).hasAttribute("data-live-state", "open");

        Page ann = newContext(new Browser.NewContextOptions()).newPage();
        people.signedIn(ann, "Ann Held");
        ann.navigate("/articles/" + slug);
        assertThat(ann.locator(".comments-premoderated")).isVisible();
        ann.getByLabel("Comment as Ann Held").fill("Worth waiting for");
        ann.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
        assertThat(ann.locator(".comments-notice")).hasText("Thank you. Your comment will appear once a moderator has read it.");
        assertThat(ann.locator("li.comment .comment-waiting")).isVisible();
        assertThat(visitor.locator("li.comment")).hasCount(0);

        moderator.navigate("/newsroom/comments");
        Locator held = moderator.locator("li.queue-item", new Page.LocatorOptions().setHasText("Worth waiting for"));
        assertThat(held).containsText("Pre-moderated article");
        held.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve")).click();
        assertThat(moderator.locator("p.notice")).hasText("Decision recorded.");

        assertThat(visitor.locator("li.comment")).containsText("Worth waiting for");
        visitor.reload();
        assertThat(visitor.locator("li.comment")).containsText("Worth waiting for");
        ann.reload();
        assertThat(ann.locator("li.comment", new Page.LocatorOptions().setHasText("Worth waiting for"))).isVisible();
        assertThat(ann.locator("li.comment .comment-waiting")).hasCount(0);
    }

    @Test
    void aBannedReaderIsRefusedByTheServerEvenFromAFormOpenedBeforeTheBan() {
        Page troll = newContext(new Browser.NewContextOptions()).newPage();
        ReaderProfile profile = people.signedIn(troll, "Troll Reader");
        troll.navigate("/articles/" + slug);
        troll.getByLabel("Comment as Troll Reader").fill("Posted after the ban");

        Page moderator = moderator();
        moderator.navigate("/newsroom/comments/settings");
        moderator.getByLabel("Reader's profile").fill("/readers/" + profile.handle());
        moderator.getByLabel("Decision").selectOption("ban");
        moderator.getByLabel("Reason").fill("Abuse");
        moderator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
        assertThat(moderator.locator("table.data").first()).containsText("Troll Reader");

        Response refused = troll.waitForResponse(response -> response.url().endsWith("/comments"),
                () -> troll.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click());
        org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(403);
        assertThat(troll.locator(".comment-refused-reason")).hasText("You can no longer comment: a moderator banned your account.");
        troll.navigate("/articles/" + slug);
        assertThat(troll.locator(".comments-cannot")).containsText("banned");
        assertThat(troll.locator("form.comment-form")).hasCount(0);
        assertThat(troll.locator("li.comment")).hasCount(0);
    }

    /** A member of staff in the moderator role, signed in on their desk, who sees nothing but comments to work on. */
    private Page moderator() {
        String email = "browser-moderator-" + UUID.randomUUID() + "@example.com";
        staff.create(email, "Browser Moderator", Role.MODERATOR, STAFF_PASSWORD, false, "test");
        Page moderator = newContext(new Browser.NewContextOptions()).newPage();
        moderator.navigate("/newsroom/login");
        moderator.getByLabel("E-mail address").fill(email);
        moderator.getByLabel("Password").fill(STAFF_PASSWORD);
        moderator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(moderator.locator("h1")).hasText("The desk");
        assertThat(moderator.locator("nav[aria-label=Newsroom] a")).hasText(new String[] {"Desk", "Comments", "View site"});
        return moderator;
    }
}
