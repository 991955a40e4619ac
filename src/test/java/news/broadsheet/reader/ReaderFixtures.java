package news.broadsheet.reader;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.Browserless;
import news.broadsheet.Eventually;
import news.broadsheet.mail.MailOutbox;
import news.broadsheet.mail.OutgoingMail;

/**
 * Readers for tests of any module: registered through the real forms, confirmed through the link in the
 * captured e-mail, signed in. For {@link Browserless} clients and for Playwright pages.
 */
public final class ReaderFixtures {

    public static final String PASSWORD = "a reader's long password";
    private static final Pattern CONFIRMATION_LINK = Pattern.compile("https?://\\S+(/account/verify\\?token=[A-Za-z0-9_-]+)");

    private final int port;
    private final MailOutbox outbox;
    private final Readers readers;

    public ReaderFixtures(int port, MailOutbox outbox, Readers readers) {
        this.port = port;
        this.outbox = outbox;
        this.readers = readers;
    }

    /** A signed-in reader: their HTTP client (holding the session cookie) and their profile. */
    public record SignedInReader(Browserless browser, ReaderProfile profile, String email) {
    }

    public static String uniqueEmail() {
        return "reader-" + UUID.randomUUID() + "@example.com";
    }

    /** Registers a reader with this display name, confirms the address and leaves them signed in. */
    public SignedInReader signedIn(String displayName) {
        String email = uniqueEmail();
        Browserless browser = new Browserless(port);
        HttpResponse<String> registered = register(browser, email, displayName, PASSWORD);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(302);
        HttpResponse<String> confirmed = browser.get(confirmationPath(email));
        assertThat(where(confirmed)).isEqualTo("/account/welcome");
        browser.get("/account/welcome");
        ReaderProfile profile = readers.byId(readerId(browser)).orElseThrow();
        return new SignedInReader(browser, profile, email);
    }

    public SignedInReader signedIn() {
        return signedIn("Reader " + UUID.randomUUID().toString().substring(0, 8));
    }

    public static HttpResponse<String> register(Browserless browser, String email, String displayName, String password) {
        browser.get("/account/register");
        return browser.post("/account/register", Map.of("email", email, "displayName", displayName, "password", password));
    }

    /** Where a redirect sends the client, as a path with its query: {@code /account/login?error}. */
    public static String where(HttpResponse<String> response) {
        java.net.URI location = java.net.URI.create(response.headers().firstValue("Location").orElse(""));
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    /** Signs in through the form and answers where it sent the reader. */
    public static HttpResponse<String> signIn(Browserless browser, String email, String password, boolean rememberMe) {
        browser.get("/account/login");
        return rememberMe
                ? browser.post("/account/login", Map.of("email", email, "password", password, "remember-me", "true"))
                : browser.post("/account/login", Map.of("email", email, "password", password));
    }

    /** The newest mail to this address, waiting for it if need be. */
    public OutgoingMail latestMailTo(String email) {
        Eventually.within(java.time.Duration.ofSeconds(10), "mail to " + email, () -> !outbox.to(email, 1).isEmpty());
        return outbox.to(email, 1).getFirst();
    }

    /** The path of the confirmation link in the newest mail to this address. */
    public String confirmationPath(String email) {
        Matcher link = CONFIRMATION_LINK.matcher(latestMailTo(email).body());
        assertThat(link.find()).as("a confirmation link in the mail to " + email).isTrue();
        return link.group(1);
    }

    /**
     * Registers, confirms and signs in within a Playwright page, through the forms a reader uses; the page is
     * left on the welcome page.
     */
    public ReaderProfile signedIn(Page page, String displayName) {
        String email = uniqueEmail();
        page.navigate("/account/register");
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Display name").fill(displayName);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Register").setExact(true)).click();
        page.waitForURL("**/account/registered");
        page.navigate(confirmationPath(email));
        page.waitForURL("**/account/welcome");
        String profilePath = page.locator("main a[href^='/readers/']").first().getAttribute("href");
        return readers.byHandle(profilePath.substring("/readers/".length())).orElseThrow();
    }

    private long readerId(Browserless browser) {
        Matcher handle = Pattern.compile("href=\"/readers/([a-z0-9-]+)\"").matcher(browser.get("/account").body());
        assertThat(handle.find()).as("the account page links the public profile").isTrue();
        return readers.byHandle(handle.group(1)).orElseThrow().id();
    }
}
