package news.broadsheet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import news.broadsheet.IntegrationTest;
import org.junit.jupiter.api.Test;

/** A wrong address gets a plain answer in the site's design, never the server's internals. */
@IntegrationTest
class ErrorPagesBrowserTest extends BrowserSupport {

    @Test
    void unknownArticleGetsTheNotFoundPage() {
        Response response = page.navigate("/articles/no-such-story");

        assertThat(response.status()).isEqualTo(404);
        assertInSiteDesign();
        assertThat(page.locator(".error-code")).hasText("404");
        assertThat(page.locator("h1")).hasText("Page not found");
        assertThat(page.locator("main a")).hasText("Go to the front page");
        assertShowsNoInternals(response);
    }

    @Test
    void malformedPageNumberGetsTheBadRequestPage() {
        Response response = page.navigate("/uk?page=abc");

        assertThat(response.status()).isEqualTo(400);
        assertInSiteDesign();
        assertThat(page.locator(".error-code")).hasText("400");
        assertThat(page.locator("h1")).hasText("Bad request");
        assertShowsNoInternals(response);
    }

    @Test
    void pathTraversalIsRefused() {
        Response response = page.navigate("/articles/..%2f..%2fetc%2fpasswd");

        assertThat(response.status()).isBetween(400, 499);
        assertThat(response.text()).doesNotContain("root:");
        assertShowsNoInternals(response);
    }

    private void assertInSiteDesign() {
        assertThat(page.locator(".masthead .brand")).hasText("The Broadsheet");
        assertThat(page.locator(".site-footer")).isVisible();
    }

    private static void assertShowsNoInternals(Response response) {
        assertThat(response.text()).doesNotContain("Exception", "at news.");
    }
}
