package news.broadsheet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import news.broadsheet.Eventually;
import news.broadsheet.IntegrationTest;
import news.broadsheet.newsroom.internal.Role;
import news.broadsheet.newsroom.internal.StaffService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A writer and an editor take a story from draft to the site, then correct, move and fight over it. */
@IntegrationTest
class NewsroomBrowserTest extends BrowserSupport {

    private static final String PASSWORD = "correct horse battery";
    private static final String HEADLINE = "Lifeboat crews rescue twelve from stranded ferry";
    private static final String SLUG = "browser-lifeboat-rescue";
    private static final String NEW_SLUG = "browser-lifeboat-crews-rescue-twelve";

    @Autowired
    StaffService staffService;

    @Autowired
    JdbcClient jdbc;

    private Page signedIn(Role role) {
        String email = "browser-" + role.column() + "-" + UUID.randomUUID() + "@example.com";
        staffService.create(email, "Browser " + role.label(), role, PASSWORD, false, "test");
        Page staff = newContext(new Browser.NewContextOptions()).newPage();
        staff.navigate("/newsroom/login");
        staff.getByLabel("E-mail address").fill(email);
        staff.getByLabel("Password").fill(PASSWORD);
        staff.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(staff.locator("h1")).hasText("The desk");
        return staff;
    }

    /** A reader arriving afresh: public pages may be cached for a minute, so each visit gets an empty cache. */
    private Page readerAt(String path) {
        Page reader = newContext(new Browser.NewContextOptions()).newPage();
        reader.navigate(path);
        return reader;
    }

    @Test
    void aStoryGoesFromDraftToScheduledToCorrectedAndMovedWithoutLosingAWord() {
        long heroId = jdbc.sql("select hero_image_id from article where slug = 'marsh-volkov-sochi-talks-varossa'")
                .query(Long.class).single();

        Page writer = signedIn(Role.WRITER);
        writer.navigate("/newsroom/articles/new");
        writer.locator("#headline").fill(HEADLINE);
        writer.locator("#standfirst").fill("Coastguard says all passengers are safe.");
        writer.locator("#slug").fill(SLUG);
        writer.locator("#body").pressSequentially("The crews were **praised** by the coastguard.");
        assertThat(writer.locator("[data-preview] strong")).hasText("praised");
        writer.locator("#section").selectOption(new SelectOption().setLabel("World"));
        writer.locator("#topics").fill("Ferries, Coastguard");
        writer.locator("#authors").selectOption(new SelectOption().setIndex(0));
        writer.locator("#hero").selectOption(String.valueOf(heroId));
        writer.locator("input[name=editions][value=uk]").check();
        writer.locator("button", new Page.LocatorOptions().setHasText("Create draft")).click();
        assertThat(writer.locator(".notice").first()).hasText("Draft created.");
        writer.locator("button", new Page.LocatorOptions().setHasText("Submit for review")).click();
        assertThat(writer.locator(".notice").first()).hasText("Submitted for review.");
        assertThat(writer.locator("button", new Page.LocatorOptions().setHasText("Publish now"))).hasCount(0);

        Page editor = signedIn(Role.EDITOR);
        editor.locator("#in-review + ul a", new Page.LocatorOptions().setHasText(HEADLINE)).click();
        editor.locator("#standfirst").fill("Coastguard says all twelve passengers are safe and well.");
        editor.locator("button", new Page.LocatorOptions().setHasText("Save")).click();
        assertThat(editor.locator(".notice").first()).hasText("Saved.");

        // Scheduling a few seconds ahead needs seconds in the field, which datetime-local only accepts with step=1.
        editor.locator("#publishAt").evaluate("field => field.step = 1");
        editor.locator("#publishAt").fill(asTheBrowserWritesIt(LocalDateTime.now(ZoneId.of("Europe/London")).plusSeconds(4)));
        editor.locator("#schedule-edition").selectOption("uk");
        editor.locator("button", new Page.LocatorOptions().setHasText("Schedule")).click();
        assertThat(editor.locator(".notice", new Page.LocatorOptions().setHasText("Scheduled to publish"))).isVisible();

        Eventually.within(Duration.ofSeconds(30), "the scheduled story is live",
                () -> page.navigate("/articles/" + SLUG).status() == 200);
        assertThat(page.locator("h1")).hasText(HEADLINE);
        assertThat(page.locator(".standfirst")).hasText("Coastguard says all twelve passengers are safe and well.");

        editor.navigate(editor.url().replaceAll("\\?.*", ""));
        editor.locator("#correction-kind").selectOption("CORRECTION");
        editor.locator("#correction-text").fill("An earlier version said eleven people were rescued.");
        editor.locator("button", new Page.LocatorOptions().setHasText("Add")).click();
        assertThat(editor.locator(".notice").first()).hasText("Added to the foot of the article.");
        Eventually.within(Duration.ofSeconds(5), "the correction is on the page",
                () -> readerAt("/articles/" + SLUG).locator(".corrections").count() == 1);
        Page corrected = readerAt("/articles/" + SLUG);
        assertThat(corrected.locator(".corrections")).containsText("An earlier version said eleven people were rescued.");
        assertThat(corrected.locator(".dateline .updated")).containsText("Updated");

        editor.locator("#slug").fill(NEW_SLUG);
        editor.locator("button", new Page.LocatorOptions().setHasText("Save")).click();
        assertThat(editor.locator(".notice").first()).hasText("Saved.");
        Eventually.within(Duration.ofSeconds(5), "the old address leads to the new one",
                () -> readerAt("/articles/" + SLUG).url().endsWith("/articles/" + NEW_SLUG));
        Page moved = readerAt("/articles/" + SLUG);
        assertThat(moved.locator("h1")).hasText(HEADLINE);

        Page colleague = signedIn(Role.EDITOR);
        colleague.navigate(editor.url().replaceAll("\\?.*", ""));
        editor.navigate(editor.url().replaceAll("\\?.*", ""));
        editor.locator("#body").fill("The editor's own final paragraph.");
        editor.locator("button", new Page.LocatorOptions().setHasText("Save")).click();
        assertThat(editor.locator(".notice").first()).hasText("Saved.");
        colleague.locator("#body").fill("The colleague's competing paragraph.");
        colleague.locator("button", new Page.LocatorOptions().setHasText("Save")).click();

        assertThat(colleague.locator(".notice").first()).containsText("Someone else saved this article since you opened it");
        assertThat(colleague.locator("#refused-body")).hasValue("The colleague's competing paragraph.");
        assertThat(colleague.locator("#body")).hasValue("The editor's own final paragraph.");
    }

    /** A datetime-local value as Chromium normalises it: whole minutes are written without seconds. */
    private static String asTheBrowserWritesIt(LocalDateTime time) {
        String pattern = time.getSecond() == 0 ? "yyyy-MM-dd'T'HH:mm" : "yyyy-MM-dd'T'HH:mm:ss";
        return DateTimeFormatter.ofPattern(pattern).format(time);
    }
}
