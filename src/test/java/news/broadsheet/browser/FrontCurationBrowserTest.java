package news.broadsheet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import news.broadsheet.IntegrationTest;
import news.broadsheet.TestStories;
import news.broadsheet.article.ArticleDesk;
import news.broadsheet.article.Articles;
import news.broadsheet.article.FrontDesk;
import news.broadsheet.newsroom.internal.Role;
import news.broadsheet.newsroom.internal.StaffService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An editor orders the UK front in the newsroom, with the buttons or by dragging, and readers see the new lead. */
@IntegrationTest
class FrontCurationBrowserTest extends BrowserSupport {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    StaffService staffService;

    @Autowired
    ArticleDesk desk;

    @Autowired
    Articles articles;

    @Autowired
    FrontDesk fronts;

    @Autowired
    JdbcClient jdbc;

    private String first;
    private String second;

    @BeforeEach
    void twoOldStories() {
        TestStories stories = new TestStories(desk, articles, jdbc);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        first = "Curated first " + unique;
        second = "Curated second " + unique;
        stories.publish("curated-first-" + unique, first, "", "Body.", TestStories.LONG_AGO);
        stories.publish("curated-second-" + unique, second, "", "Body.", TestStories.LONG_AGO);
    }

    @AfterEach
    void clearFronts() {
        for (String edition : List.of("uk", "us")) {
            fronts.curated(edition).forEach(slot -> fronts.remove(edition, slot.articleId(), "test clean-up"));
        }
    }

    private Page signedInEditor(boolean javaScript) {
        String email = "curator-" + UUID.randomUUID() + "@example.com";
        staffService.create(email, "Curating Editor", Role.EDITOR, PASSWORD, false, "test");
        Page editor = newContext(new Browser.NewContextOptions().setJavaScriptEnabled(javaScript)).newPage();
        editor.navigate("/newsroom/login");
        editor.getByLabel("E-mail address").fill(email);
        editor.getByLabel("Password").fill(PASSWORD);
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        editor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fronts")).click();
        assertThat(editor.locator("h1")).hasText("Front: UK edition");
        return editor;
    }

    private static void addToFront(Page editor, String headline) {
        editor.locator("tr", new Page.LocatorOptions().setHasText(headline)).getByText("Add to front").click();
        assertThat(editor.locator(".notice")).containsText("The front is updated");
    }

    private static Locator slot(Page editor, String headline) {
        return editor.locator(".front-slot", new Page.LocatorOptions().setHasText(headline));
    }

    /** A reader who has not seen the front before, so no copy in the browser's cache stands in for the page. */
    private void assertPublicLeadIs(String headline) {
        Page reader = newContext(new Browser.NewContextOptions()).newPage();
        reader.navigate("/uk");
        assertThat(reader.locator(".card-lead .card-headline")).hasText(headline);
    }

    @Test
    void theButtonsReorderTheFrontWithoutJavaScript() {
        Page editor = signedInEditor(false);
        addToFront(editor, first);
        addToFront(editor, second);
        assertThat(editor.locator(".front-slot-headline")).containsText(new String[] {first, second});

        slot(editor, second).getByText("Move up").click();

        assertThat(editor.locator(".front-slot-headline")).containsText(new String[] {second, first});
        assertThat(slot(editor, second).locator(".front-slot-place")).hasText("Lead");
        assertPublicLeadIs(second);

        slot(editor, second).getByText("Remove").click();
        assertThat(editor.locator(".front-slot-headline")).containsText(new String[] {first});
        assertPublicLeadIs(first);
    }

    @Test
    void draggingAStoryToTheTopMakesItTheLead() {
        Page editor = signedInEditor(true);
        addToFront(editor, first);
        addToFront(editor, second);
        assertThat(editor.locator(".front-drag-hint")).isVisible();

        slot(editor, second).locator(".front-slot-place").dragTo(slot(editor, first).locator(".front-slot-place"));

        assertThat(editor.locator(".notice")).containsText("The front is updated");
        assertThat(editor.locator(".front-slot-headline")).containsText(new String[] {second, first});
        assertPublicLeadIs(second);
    }
}
