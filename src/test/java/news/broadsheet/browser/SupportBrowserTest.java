package news.broadsheet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.util.List;
import news.broadsheet.IntegrationTest;
import news.broadsheet.article.ArticleCard;
import news.broadsheet.article.Articles;
import news.broadsheet.mail.MailOutbox;
import news.broadsheet.reader.ReaderFixtures;
import news.broadsheet.reader.Readers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reader support in Chromium: a guest contributes once through the test provider and is thanked; a
 * signed-in reader starts monthly support, sees the appeal replaced by a thank-you and stops it from their
 * account; and with JavaScript running every published article still reads in full, whatever the appeal.
 */
@IntegrationTest
class SupportBrowserTest extends BrowserSupport {

    @Autowired
    Articles articles;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Readers readers;

    @Test
    void aGuestContributesOnceWithTheTestProviderAndIsThanked() {
        page.navigate(LeadArticle.PATH);
        Locator appeal = page.locator("#support-appeal");
        assertThat(appeal).isVisible();
        appeal.getByLabel("£10").check();
        appeal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Support us")).click();

        page.waitForURL("**/support?**");
        page.getByLabel("Your e-mail address, for your receipt").fill("browser-guest@example.com");
        page.getByLabel("A message for the newsroom (optional)").fill("Keep it up <b>please</b>");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to payment")).click();

        page.waitForURL("**/support/test-checkout/**");
        assertThat(page.locator(".support-test-mode")).containsText("TEST MODE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay £10.00 (test)")).click();

        page.waitForURL("**/support/thanks/**");
        assertThat(page.locator("h1")).hasText("Thank you for your support");
        assertThat(page.locator("main")).containsText("£10.00");

        page.navigate(LeadArticle.PATH);
        assertThat(page.locator(".support-thanks")).isVisible();
        assertThat(page.locator("[data-support-appeal]")).hasCount(0);
    }

    @Test
    void aSignedInReaderStartsMonthlySupportIsThankedAndStopsItFromTheirAccount() {
        new ReaderFixtures(port(), outbox, readers).signedIn(page, "Monthly Supporter");
        page.navigate(LeadArticle.PATH);
        Locator appeal = page.locator("#support-appeal");
        appeal.getByLabel("Monthly").check();
        appeal.getByLabel("£5").check();
        appeal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Support us")).click();

        page.waitForURL("**/support?**");
        assertThat(page.getByLabel("Your e-mail address, for your receipt")).hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to payment")).click();
        page.waitForURL("**/support/test-checkout/**");
        assertThat(page.locator("main")).containsText("Monthly contribution of £5.00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay £5.00 (test)")).click();
        page.waitForURL("**/support/thanks/**");

        page.navigate(LeadArticle.PATH);
        assertThat(page.locator(".support-thanks")).isVisible();
        assertThat(page.locator("[data-support-appeal]")).hasCount(0);

        page.navigate("/account");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your contributions and support")).click();
        Locator row = page.locator(".support-contributions tbody tr").first();
        assertThat(row).containsText("£5.00");
        assertThat(row.locator(".support-status")).hasText("paid");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Stop monthly support")).click();
        page.waitForURL("**/account/support");
        assertThat(page.locator(".support-contributions tbody tr").first().locator(".support-status")).hasText("cancelled");
    }

    @Test
    void withJavaScriptEveryPublishedArticleReadsInFullWhateverTheAppealShows() {
        List<ArticleCard> published = articles.allPublished(0, 1000);
        BrowserContext supporter = newContext(new Browser.NewContextOptions());
        supporter.addCookies(List.of(new Cookie("supported", "1").setUrl(origin())));
        Page thanked = supporter.newPage();
        for (ArticleCard card : published) {
            String expected = normalised(Jsoup.parseBodyFragment(articles.published(card.slug()).orElseThrow().bodyHtml())
                    .body().text());
            for (Page reader : List.of(page, thanked)) {
                reader.navigate("/articles/" + card.slug());
                assertThat(reader.locator(".article-body")).isVisible();
                String shown = (String) reader.locator(".article-body").evaluate("""
                        body => { const copy = body.cloneNode(true);
                                  copy.querySelectorAll('[data-support-appeal]').forEach(e => e.remove());
                                  return copy.textContent; }""");
                org.assertj.core.api.Assertions.assertThat(normalised(shown)).as(card.slug()).isEqualTo(expected);
                reader.locator(".article-body > p").all().forEach(paragraph -> assertThat(paragraph).isVisible());
            }
        }

        page.navigate(LeadArticle.PATH);
        page.locator("#support-appeal").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Not now")).click();
        assertThat(page.locator("#support-appeal")).isHidden();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*" + LeadArticle.PATH + "$"));
        page.locator(".article-body > p").all().forEach(paragraph -> assertThat(paragraph).isVisible());
        page.reload();
        assertThat(page.locator("[data-support-appeal]")).hasCount(0);
    }

    private static String normalised(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private int port() {
        return Integer.parseInt(origin().substring(origin().lastIndexOf(':') + 1));
    }
}
