package news.broadsheet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Set;
import news.broadsheet.IntegrationTest;
import news.broadsheet.inbox.CommentEventsFixture;
import news.broadsheet.mail.MailOutbox;
import news.broadsheet.reader.ReaderFixtures;
import news.broadsheet.reader.ReaderProfile;
import news.broadsheet.reader.Readers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reader A follows reader B on B's profile, sees B's next comment on the Following page, and finds it
 * counted by the bell in the masthead and listed in the inbox. B's comment arrives as the comment module's
 * event.
 */
@IntegrationTest
class FollowingBrowserTest extends BrowserSupport {

    @LocalServerPort
    int port;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Readers readers;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aReaderFollowsAnotherAndSeesTheirCommentOnTheFollowingPageAndInTheInbox() {
        ReaderFixtures fixtures = new ReaderFixtures(port, outbox, readers);
        ReaderProfile ben = fixtures.signedIn("Ben Browser").profile();
        fixtures.signedIn(page, "Ana Browser");
        Locator bell = page.locator(".masthead-bell");

        page.navigate(ben.path());
        assertThat(bell).not().containsText("unread");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Follow Ben Browser").setExact(true)).click();
        page.waitForURL("**" + ben.path());
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unfollow Ben Browser"))).isVisible();

        CommentEventsFixture comments = new CommentEventsFixture(events, transaction, jdbc);
        long id = comments.topLevel(ben.id(), "Talks in Sochi", "Ben's view from the browser test.");
        long reply = comments.reply(ben.id(), id, ben.id(), Set.of(ben.id()), "Talks in Sochi", "Ben answers himself.");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Following").setExact(true)).click();
        page.waitForURL("**/account/following");
        Locator list = page.locator(".following-list");
        assertThat(list.locator("li").first()).containsText("Ben answers himself.");
        assertThat(list).containsText("Ben's view from the browser test.");
        assertThat(list.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ben Browser")).first())
                .hasAttribute("href", ben.path());

        assertThat(page.locator(".bell-count")).hasText("2");
        bell.click();
        page.waitForURL("**/account/notifications");
        assertThat(page.locator(".inbox-list li")).hasCount(2);
        assertThat(page.locator(".inbox-list")).containsText("Ben Browser, whom you follow, commented on “Talks in Sochi”");
        assertThat(page.locator(".inbox-list a").first()).hasAttribute("href", "/comments/" + reply);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark all read")).click();
        page.waitForURL("**/account/notifications");
        assertThat(page.locator(".bell-count")).hasCount(0);
        assertThat(page.locator(".inbox-summary")).containsText("Nothing unread.");
    }
}
