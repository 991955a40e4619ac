package news.broadsheet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import news.broadsheet.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The lead demo article as a reader sees it, in each edition. */
@IntegrationTest
class ArticlePageBrowserTest extends BrowserSupport {

    private static final Pattern UTC_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    private static final Pattern SRCSET_WIDTH = Pattern.compile("\\s(\\d+)w\\s*(,|$)");

    /** What differs between the editions on an article page: the time zone and the appeal's wording. */
    enum EditionStyle {
        UK("uk", "Europe/London", "EEEE d MMMM yyyy HH:mm", Locale.UK, "BST", "GMT",
                "from the Black Sea to the Thames estuary"),
        US("us", "America/New_York", "EEEE, MMMM d, yyyy h:mm a", Locale.US, "EDT", "EST",
                "across the whole political spectrum");

        private final String code;
        private final ZoneId zone;
        private final DateTimeFormatter format;
        private final String summerAbbreviation;
        private final String winterAbbreviation;
        private final String appealWords;

        EditionStyle(String code, String zone, String pattern, Locale locale, String summerAbbreviation,
                     String winterAbbreviation, String appealWords) {
            this.code = code;
            this.zone = ZoneId.of(zone);
            this.format = DateTimeFormatter.ofPattern(pattern, locale);
            this.summerAbbreviation = summerAbbreviation;
            this.winterAbbreviation = winterAbbreviation;
            this.appealWords = appealWords;
        }

        /** "Friday 10 May 2013 17:46 BST" in the UK, "Friday, May 10, 2013 12:46 PM EDT" in the US. */
        String time(Instant instant) {
            boolean summer = zone.getRules().isDaylightSavings(instant);
            return format.format(instant.atZone(zone)) + " " + (summer ? summerAbbreviation : winterAbbreviation);
        }
    }

    @Test
    void showsTheHeadlineAndStandfirst() {
        page.navigate(LeadArticle.PATH);

        assertThat(page.locator("h1")).hasText(LeadArticle.HEADLINE);
        assertThat(page.locator(".standfirst")).hasText(LeadArticle.STANDFIRST);
    }

    @Test
    void bylineLinksToTheAuthorsPages() {
        page.navigate(LeadArticle.PATH);
        Locator authors = page.locator(".byline a[rel=author]");

        assertThat(authors).hasText(new String[] {"Mara Ellison", "Tom Okafor"});
        assertThat(authors.first()).hasAttribute("href", "/authors/mara-ellison");
        assertThat(authors.last()).hasAttribute("href", "/authors/tom-okafor");

        authors.first().click();

        assertThat(page).hasURL(origin() + "/authors/mara-ellison");
        assertThat(page.locator("h1")).hasText("Mara Ellison");
        assertThat(page.locator(".card-headline a", new Page.LocatorOptions().setHasText(LeadArticle.HEADLINE)))
                .hasAttribute("href", LeadArticle.PATH);
    }

    @ParameterizedTest
    @EnumSource(EditionStyle.class)
    void showsPublishedAndUpdatedTimesInTheEditionsZone(EditionStyle edition) {
        readIn(edition);
        page.navigate(LeadArticle.PATH);

        Instant published = shownTime(page.locator(".dateline time.published"), edition);
        Instant updated = shownTime(page.locator(".dateline .updated time"), edition);

        assertThat(page.locator(".dateline .updated")).containsText("Updated");
        assertThat(updated).isAfter(published);
    }

    @ParameterizedTest
    @EnumSource(EditionStyle.class)
    void appealsForSupportInTheEditionsWords(EditionStyle edition) {
        readIn(edition);
        page.navigate(LeadArticle.PATH);
        Locator appeal = page.locator(".support-appeal");

        assertThat(appeal.locator("h2")).hasText("Your support helps us to tell the story");
        assertThat(appeal).containsText(edition.appealWords);
        Arrays.stream(EditionStyle.values()).filter(other -> other != edition)
                .forEach(other -> assertThat(appeal).not().containsText(other.appealWords));
    }

    @Test
    void showsTheHeroPictureWithCaptionCreditAndResponsiveSizes() {
        page.navigate(LeadArticle.PATH);
        Locator picture = page.locator("figure.hero img");
        Locator caption = page.locator("figure.hero figcaption");

        assertThat(picture).hasAttribute("alt", LeadArticle.HERO_ALT);
        assertThat(srcsetWidths(picture.getAttribute("srcset"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(loadedWidth(picture)).isPositive();
        assertThat(caption).containsText(LeadArticle.HERO_CAPTION);
        assertThat(caption.locator(".credit")).hasText("(Broadsheet illustration)");
    }

    @Test
    void bodyHasParagraphsAQuoteSubheadingsAndAWorkingLink() {
        page.navigate(LeadArticle.PATH);
        Locator body = page.locator(".article-body");

        assertThat(body.locator(":scope > p").count()).isGreaterThanOrEqualTo(8);
        assertThat(body.locator(":scope > p").first()).containsText("Helen Marsh pressed Arkady Volkov");
        assertThat(body.locator("blockquote")).containsText("Varossa cannot afford another winter of war.");
        assertThat(body.locator(":scope > h2")).hasText(new String[] {"A conference without a guest list", "Next stop, Washington"});

        body.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Read our report on the Geneva plan")).click();

        assertThat(page).hasURL(origin() + "/articles/foreign-ministers-set-date-for-varossa-peace-conference-in-geneva");
        assertThat(page.locator("h1")).containsText("Geneva chosen for Varossa peace conference");
    }

    @Test
    void commentsLinkShowsTheCountAndLeadsToTheCommentsSection() {
        page.navigate(LeadArticle.PATH);
        Locator link = page.locator(".byline a[href='#comments']");

        assertThat(link).hasText("Comments 0");

        link.click();

        assertThat(page).hasURL(origin() + LeadArticle.PATH + "#comments");
        Locator comments = page.locator("section#comments");
        assertThat(comments).isInViewport();
        assertThat(comments.locator("h2").first()).hasText("Join our commenting forum");
    }

    @Test
    void carriesTheAlertOfferHiddenUntilItCanWork() {
        page.navigate(LeadArticle.PATH);
        Locator offer = page.locator("[data-alert-offer]");

        assertThat(offer).isAttached();
        assertThat(offer).containsText("Stay up to date with notifications from The Broadsheet");
        assertThat(offer).isHidden();
    }

    @Test
    void describesItselfAsANewsArticleForSearchAndSharing() {
        page.navigate(LeadArticle.PATH);

        JsonNode data = JsonMapper.shared().readTree(
                page.locator("script[type='application/ld+json']").textContent());

        assertThat(data.path("@type").stringValue()).isEqualTo("NewsArticle");
        assertThat(data.path("headline").stringValue()).isEqualTo(LeadArticle.HEADLINE);
        assertThat(page.locator("meta[property='og:title']")).hasAttribute("content", LeadArticle.HEADLINE);
    }

    /** Opening an edition's front makes it the reader's edition for the pages that follow. */
    private void readIn(EditionStyle edition) {
        page.navigate("/" + edition.code);
    }

    /** Checks that the element shows its UTC {@code datetime} in the edition's zone, and returns that instant. */
    private static Instant shownTime(Locator time, EditionStyle edition) {
        String datetime = time.getAttribute("datetime");
        assertThat(datetime).matches(UTC_INSTANT);
        Instant instant = Instant.parse(datetime);
        assertThat(time).hasText(edition.time(instant));
        return instant;
    }

    private static Set<Integer> srcsetWidths(String srcset) {
        return SRCSET_WIDTH.matcher(srcset).results().map(width -> Integer.valueOf(width.group(1))).collect(Collectors.toSet());
    }
}
