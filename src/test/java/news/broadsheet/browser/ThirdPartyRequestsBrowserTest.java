package news.broadsheet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** No page makes the reader's browser talk to anyone but the site, and the site's policy forbids it. */
@IntegrationTest
class ThirdPartyRequestsBrowserTest extends BrowserSupport {

    /** A front, a section front, an article, an author's page and the not-found page. */
    static final List<String> READER_PAGES = List.of(
            "/uk", "/uk/world", LeadArticle.PATH, "/authors/mara-ellison", "/articles/no-such-story");

    @Test
    void readerPagesRequestNothingFromAnotherOrigin() {
        // Tall enough that lazily loaded pictures further down a front are requested too.
        Page reader = newContext(new Browser.NewContextOptions().setViewportSize(1280, 6000)).newPage();
        List<String> requested = new ArrayList<>();
        reader.onRequest(request -> requested.add(request.url()));

        // Not NETWORKIDLE: an article page keeps its live comment stream open while it is shown.
        READER_PAGES.forEach(path -> {
            reader.navigate(path);
            reader.waitForLoadState(LoadState.LOAD);
            reader.waitForFunction("() => Array.from(document.images).every(image => image.complete)");
        });

        assertThat(requested)
                .as("the pages, their stylesheet and their pictures were all requested")
                .contains(origin() + "/uk", origin() + LeadArticle.PATH)
                .anyMatch(url -> url.startsWith(origin() + "/assets/"))
                .anyMatch(url -> url.startsWith(origin() + "/media/"));
        assertThat(requested).allMatch(url -> url.startsWith(origin() + "/"), "is on " + origin());
    }

    @ParameterizedTest
    @FieldSource("READER_PAGES")
    void readerPagesForbidOtherOriginsAndInlineCode(String path) {
        Response response = page.navigate(path);

        assertThat(response.headerValue("content-security-policy"))
                .isNotNull()
                .contains("default-src 'self'", "script-src 'self'", "style-src 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
    }
}
