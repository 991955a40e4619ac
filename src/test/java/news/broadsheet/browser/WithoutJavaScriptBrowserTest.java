package news.broadsheet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import news.broadsheet.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Pages are written in HTML, not assembled by script: a reader with JavaScript off reads everything. */
@IntegrationTest
class WithoutJavaScriptBrowserTest extends BrowserSupport {

    @Test
    void articleIsReadableWithJavaScriptOff() {
        Page reader = newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false)).newPage();

        reader.navigate(LeadArticle.PATH);

        assertThat(reader.locator("h1")).hasText(LeadArticle.HEADLINE);
        Locator paragraphs = reader.locator(".article-body > p");
        assertThat(paragraphs.count()).isGreaterThanOrEqualTo(8);
        paragraphs.all().forEach(paragraph -> assertThat(paragraph).isVisible());
        Locator hero = reader.locator("figure.hero img");
        assertThat(hero).isVisible();
        assertThat(loadedWidth(hero)).isPositive();
    }
}
