package news.broadsheet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import news.broadsheet.IntegrationTest;
import news.broadsheet.mail.MailOutbox;
import news.broadsheet.reader.ReaderFixtures;
import news.broadsheet.reader.ReaderProfile;
import news.broadsheet.reader.Readers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reader registers, opens the link from the captured e-mail, is signed in on the next page, and signs out. */
@IntegrationTest
class ReaderAccountBrowserTest extends BrowserSupport {

    @LocalServerPort
    int port;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Readers readers;

    @Test
    void registerConfirmByTheMailedLinkStaySignedInAcrossPagesThenSignOut() {
        page.navigate("/uk");
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Register").setExact(true)).click();
        ReaderProfile reader = new ReaderFixtures(port, outbox, readers).signedIn(page, "Browser Reader");

        Locator account = page.locator(".masthead-account");
        assertThat(page.getByRole(AriaRole.HEADING)).containsText("Thank you for registering");
        assertThat(account).containsText("Browser Reader");
        page.navigate("/search?q=sochi");
        assertThat(account).containsText("Browser Reader");
        assertThat(account.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Your account"))).isVisible();
        page.navigate(reader.path());
        assertThat(page.locator("h1")).hasText("Browser Reader");
        assertThat(account).containsText("Browser Reader");

        account.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign out")).click();
        page.navigate("/search?q=sochi");
        assertThat(account).not().containsText("Browser Reader");
        assertThat(account.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sign in"))).isVisible();
    }
}
