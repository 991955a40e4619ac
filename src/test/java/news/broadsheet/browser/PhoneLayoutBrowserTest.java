package news.broadsheet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import news.broadsheet.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** On a phone, pages fit the screen's width: nothing makes the reader scroll sideways. */
@IntegrationTest
class PhoneLayoutBrowserTest extends BrowserSupport {

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    @ParameterizedTest
    @ValueSource(strings = {LeadArticle.PATH, "/uk"})
    void pageFitsThePhonesWidth(String path) {
        Page phone = newContext(new Browser.NewContextOptions()
                .setViewportSize(PHONE_WIDTH, PHONE_HEIGHT)
                .setIsMobile(true)
                .setHasTouch(true)).newPage();

        phone.navigate(path);

        int layoutWidth = documentWidth(phone, "clientWidth");
        assertThat(layoutWidth).as("layout viewport follows the device width").isEqualTo(PHONE_WIDTH);
        assertThat(documentWidth(phone, "scrollWidth")).as("scrollable width").isLessThanOrEqualTo(layoutWidth);
    }

    private static int documentWidth(Page page, String property) {
        return ((Number) page.evaluate("property => document.documentElement[property]", property)).intValue();
    }
}
