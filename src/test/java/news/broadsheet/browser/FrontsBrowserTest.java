package news.broadsheet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.broadsheet.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Edition and section fronts: what they list, how they page, and where the home page sends a reader. */
@IntegrationTest
class FrontsBrowserTest extends BrowserSupport {

    private static final String CARD_HEADLINES = ".card-headline a";
    private static final String UK_ONLY_HEADLINE = "Marsh's Sochi trip draws fire from both sides of the Commons";
    private static final String US_ONLY_HEADLINE = "New York commits $2.1bn to flood defences for Lower Manhattan";

    static Stream<Arguments> editionOnlyStories() {
        return Stream.of(
                Arguments.of("/uk", UK_ONLY_HEADLINE, US_ONLY_HEADLINE),
                Arguments.of("/us", US_ONLY_HEADLINE, UK_ONLY_HEADLINE));
    }

    @Test
    void leadStoryIsShownLargeAndOpensTheArticle() {
        page.navigate("/uk");
        assertThat(page.locator(".card-lead")).isVisible();
        Locator lead = page.locator(".card-lead " + CARD_HEADLINES);
        String headline = lead.textContent().strip();

        lead.click();

        assertThat(page).hasURL(Pattern.compile("/articles/[a-z0-9-]+$"));
        assertThat(page.locator("h1")).hasText(headline);
    }

    @Test
    void everyHeadlineOnTheFrontOpensItsArticle() {
        page.navigate("/uk");
        Map<String, String> headlinesByLink = new LinkedHashMap<>();
        page.locator(CARD_HEADLINES).all()
                .forEach(link -> headlinesByLink.put(link.getAttribute("href"), link.textContent().strip()));
        assertThat(headlinesByLink).isNotEmpty();

        headlinesByLink.forEach((href, headline) -> {
            page.navigate(href);
            assertThat(page.locator("h1")).hasText(headline);
        });
    }

    @ParameterizedTest
    @MethodSource("editionOnlyStories")
    void editionFrontListsItsOwnStoriesOnly(String front, String ownStory, String otherEditionsStory) {
        List<String> headlines = textsOnEveryPage(front, CARD_HEADLINES);

        assertThat(headlines).contains(ownStory, LeadArticle.HEADLINE).doesNotContain(otherEditionsStory);
    }

    @Test
    void sectionFrontListsOnlyThatSection() {
        List<String> sections = textsOnEveryPage("/uk/climate", ".card .kicker");

        assertThat(page.locator("h1")).hasText("Climate");
        assertThat(sections).isNotEmpty().containsOnly("Climate");
    }

    /** The UK edition has 12 demo stories, so its front runs to a second page of 10. */
    @Test
    void olderStoriesLeadToTheNextPage() {
        page.navigate("/uk");
        List<String> firstPage = page.locator(CARD_HEADLINES).allTextContents();
        assertThat(firstPage).hasSize(10);

        page.locator(".pagination").getByText("Older stories").click();

        assertThat(page).hasURL(origin() + "/uk?page=2");
        assertThat(page.locator(".pagination")).containsText("Page 2 of");
        assertThat(page.locator(".pagination a[rel=prev]")).hasAttribute("href", "/uk");
        assertThat(page.locator(CARD_HEADLINES).allTextContents()).isNotEmpty().doesNotContainAnyElementsOf(firstPage);
    }

    @ParameterizedTest
    @CsvSource({"en-GB, /uk", "en-US, /us"})
    void homeSendsANewReaderToTheEditionOfTheirLanguage(String language, String front) {
        Page reader = newContext(new Browser.NewContextOptions().setLocale(language)).newPage();

        reader.navigate("/");

        assertThat(reader).hasURL(origin() + front);
    }

    @Test
    void homeSendsAReaderBackToTheEditionTheyChose() {
        Page reader = newContext(new Browser.NewContextOptions().setLocale("en-GB")).newPage();
        reader.navigate("/us");

        reader.navigate("/");

        assertThat(reader).hasURL(origin() + "/us");
    }

    /** The texts of the matching elements on a list and on each older page after it. */
    private List<String> textsOnEveryPage(String path, String selector) {
        List<String> texts = new ArrayList<>();
        page.navigate(path);
        while (true) {
            page.locator(selector).allTextContents().forEach(text -> texts.add(text.strip()));
            Locator older = page.locator(".pagination a[rel=next]");
            if (older.count() == 0) {
                return texts;
            }
            older.click();
            page.waitForLoadState();
        }
    }
}
