package news.broadsheet.reader;

import static news.broadsheet.reader.ReaderFixtures.PASSWORD;
import static news.broadsheet.reader.ReaderFixtures.where;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.Browserless;
import news.broadsheet.IntegrationTest;
import news.broadsheet.mail.MailOutbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a signed-in reader changes on /account, the public profile, password reset, data and deletion. */
@IntegrationTest
class AccountSettingsIntegrationTest {

    private static final Pattern RESET_LINK = Pattern.compile("https?://\\S+(/account/reset/choose\\?token=[A-Za-z0-9_-]+)");
    private static final Pattern EMAIL_LINK = Pattern.compile("https?://\\S+(/account/email/confirm\\?token=[A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Readers readers;
    @Autowired
    JdbcClient jdbc;

    ReaderFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReaderFixtures(port, outbox, readers);
    }

    @Test
    void theReaderEditsNameAndBioAndThePublicProfileShowsThemWithTheJoinDate() {
        ReaderFixtures.SignedInReader reader = fixtures.signedIn("Before Edit");
        HttpResponse<String> saved = saveProfile(reader, "After Edit", "I read the world pages.\n\nAnd the sport.");
        assertThat(where(saved)).isEqualTo("/account?saved");
        assertThat(reader.browser().get("/account?saved").body()).contains("Your profile is saved.");

        String profile = new Browserless(port).get(reader.profile().path()).body();
        assertThat(profile).contains("<h1>After Edit</h1>").contains("<p>I read the world pages.</p>")
                .contains("<p>And the sport.</p>").contains("Joined <time datetime=\"");
        assertThat(readers.byId(reader.profile().id()).orElseThrow().displayName()).isEqualTo("After Edit");
    }

    @Test
    void profilesOfUnknownOrUnconfirmedReadersAreNotFound() {
        assertThat(new Browserless(port).get("/readers/nobody-999999").statusCode()).isEqualTo(404);
        assertThat(new Browserless(port).get("/readers/%3Cscript%3E").statusCode()).isEqualTo(404);
        String email = ReaderFixtures.uniqueEmail();
        ReaderFixtures.register(new Browserless(port), email, "Unconfirmed Person", PASSWORD);
        String handle = jdbc.sql("select handle from reader where email = :email").param("email", email).query(String.class).single();
        assertThat(new Browserless(port).get("/readers/" + handle).statusCode()).isEqualTo(404);
    }

    @Test
    void markupInANameOrBioIsShownAsTextEverywhere() {
        ReaderFixtures.SignedInReader reader = fixtures.signedIn("<script>alert('name')</script>");
        saveProfile(reader, "<b onmouseover=alert(1)>Bold</b>", "<img src=x onerror=alert(2)> & <a href=javascript:alert(3)>x</a>");
        String profile = new Browserless(port).get(reader.profile().path()).body();
        assertThat(profile).contains("&lt;b onmouseover=alert(1)&gt;Bold&lt;/b&gt;")
                .contains("&lt;img src=x onerror=alert(2)&gt; &amp; &lt;a href=javascript:alert(3)&gt;x&lt;/a&gt;")
                .doesNotContain("<img src=x").doesNotContain("<b onmouseover");
        assertThat(reader.browser().get("/search?q=sochi").body())
                .contains("<span class=\"account-name\">&lt;b onmouseover=alert(1)&gt;Bold&lt;/b&gt;</span>");
        assertThat(fixtures.signedIn("<script>x</script>").browser().get("/account").body())
                .contains("&lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>x");
    }

    @Test
    void invisibleCharactersDirectionOverridesAndHugeTextsAreRefusedWithAClearMessageAndChangeNothing() {
        ReaderFixtures.SignedInReader reader = fixtures.signedIn("Steady Name");
        String huge = "x".repeat(100 * 1024);
        assertRefused(saveProfile(reader, "Evil\u202Eeman", ""), "invisible characters or direction overrides");
        assertRefused(saveProfile(reader, "Zero\u200Bwidth", ""), "invisible characters or direction overrides");
        assertRefused(saveProfile(reader, "Tab\u0007bell", ""), "invisible characters or direction overrides");
        assertRefused(saveProfile(reader, huge, ""), "at most 50 characters");
        assertRefused(saveProfile(reader, "Steady Name", huge), "at most 1000 characters");
        assertRefused(saveProfile(reader, "Steady Name", "Flip \u202Ethis"), "direction overrides");
        assertRefused(saveProfile(reader, "Steady Name", "Hidden\uFEFFmark"), "invisible characters");
        assertRefused(saveProfile(reader, "   ", ""), "Enter the name");
        assertThat(readers.byId(reader.profile().id()).orElseThrow())
                .satisfies(profile -> assertThat(profile.displayName()).isEqualTo("Steady Name"))
                .satisfies(profile -> assertThat(profile.bio()).isEmpty());

        HttpResponse<String> hugeRegistration = ReaderFixtures.register(new Browserless(port), ReaderFixtures.uniqueEmail(), huge, PASSWORD);
        assertThat(hugeRegistration.statusCode()).isEqualTo(400);
        assertThat(hugeRegistration.body()).contains("at most 50 characters").doesNotContain(huge);
        HttpResponse<String> rtlRegistration = ReaderFixtures.register(new Browserless(port), ReaderFixtures.uniqueEmail(), "\u202Enimda", PASSWORD);
        assertThat(rtlRegistration.statusCode()).isEqualTo(400);
        assertThat(rtlRegistration.body()).contains("invisible characters or direction overrides");
    }

    @Test
    void aPasswordResetLinkSetsANewPasswordOnceSignsInAndSignsOutEveryOtherSession() {
        ReaderFixtures.SignedInReader reader = fixtures.signedIn("Forgetful");
        Browserless stranger = new Browserless(port);
        HttpResponse<String> asked = requestReset(stranger, reader.email());
        assertThat(where(asked)).isEqualTo("/account/reset/sent");
        HttpResponse<String> unknown = requestReset(new Browserless(port), ReaderFixtures.uniqueEmail());
        assertThat(where(unknown)).as("an unknown address gets the same answer").isEqualTo("/account/reset/sent");

        String link = link(RESET_LINK, fixtures.latestMailTo(reader.email()).body());
        Browserless owner = new Browserless(port);
        assertThat(owner.get(link).body()).contains("Choose a new password");
        String token = link.substring(link.indexOf("token=") + 6);
        HttpResponse<String> chosen = owner.post("/account/reset/choose", Map.of("token", token, "password", "a brand new password"));
        assertThat(where(chosen)).isEqualTo("/account?password-reset");
        assertThat(owner.get("/account?password-reset").body()).contains("Your new password is set");

        assertThat(reader.browser().get("/account").statusCode()).as("the old session is signed out").isEqualTo(302);
        assertThat(where(ReaderFixtures.signIn(new Browserless(port), reader.email(), PASSWORD, false))).isEqualTo("/account/login?error");
        assertThat(where(ReaderFixtures.signIn(new Browserless(port), reader.email(), "a brand new password", false))).isEqualTo("/");
        assertThat(new Browserless(port).get(link).statusCode()).as("the link works once").isEqualTo(410);
    }

    @Test
    void resetMailToOneAddressIsLimitedButTheAnswerStaysTheSame() {
        ReaderFixtures.SignedInReader reader = fixtures.signedIn();
        long before = outbox.to(reader.email(), 50).size();
        for (int i = 0; i < 5; i++) {
            assertThat(where(requestReset(new Browserless(port), reader.email()))).isEqualTo("/account/reset/sent");
        }
        assertThat(outbox.to(reader.email(), 50).size() - before).isEqualTo(3);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndSignsOutOtherDevicesOnly() {
        ReaderFixtures.SignedInReader reader = fixtures.signedIn();
        Browserless otherDevice = new Browserless(port);
        ReaderFixtures.signIn(otherDevice, reader.email(), PASSWORD, true);
        String remembered = otherDevice.cookie("reader-remember-me").orElseThrow();

        reader.browser().get("/account");
        HttpResponse<String> wrong = reader.browser().post("/account/password",
                Map.of("currentPassword", "not my password", "newPassword", "another long password"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("That is not your current password.");

        HttpResponse<String> changed = reader.browser().post("/account/password",
                Map.of("currentPassword", PASSWORD, "newPassword", "another long password"));
        assertThat(where(changed)).isEqualTo("/account?password-changed");
        assertThat(reader.browser().get("/account").statusCode()).isEqualTo(200);
        assertThat(otherDevice.get("/account").statusCode()).isEqualTo(302);
        Browserless withOldCookie = new Browserless(port);
        withOldCookie.addCookie("reader-remember-me", remembered);
        assertThat(withOldCookie.get("/account").statusCode()).as("remember-me tokens are dropped").isEqualTo(302);
        assertThat(fixtures.latestMailTo(reader.email()).subject()).contains("password").contains("changed");
    }

    @Test
    void aNewAddressIsUsedOnlyOnceTheLinkSentToItIsOpened() {
        ReaderFixtures.SignedInReader reader = fixtures.signedIn("Moving House");
        String newEmail = ReaderFixtures.uniqueEmail();
        reader.browser().get("/account");
        HttpResponse<String> asked = reader.browser().post("/account/email", Map.of("newEmail", newEmail, "password", PASSWORD));
        assertThat(where(asked)).isEqualTo("/account?email-sent");
        assertThat(fixtures.latestMailTo(reader.email()).subject()).contains("is being changed");
        assertThat(readers.byId(reader.profile().id())).isPresent();
        assertThat(jdbc.sql("select email from reader where id = :id").param("id", reader.profile().id()).query(String.class).single())
                .isEqualTo(reader.email());

        HttpResponse<String> confirmed = new Browserless(port).get(link(EMAIL_LINK, fixtures.latestMailTo(newEmail).body()));
        assertThat(where(confirmed)).isEqualTo("/account?email-changed");
        assertThat(where(ReaderFixtures.signIn(new Browserless(port), newEmail, PASSWORD, false))).isEqualTo("/");
        assertThat(where(ReaderFixtures.signIn(new Browserless(port), reader.email(), PASSWORD, false))).isEqualTo("/account/login?error");
    }

    @Test
    void movingToAnAddressAnotherAccountUsesLooksTheSameAndChangesNothing() {
        ReaderFixtures.SignedInReader mover = fixtures.signedIn();
        ReaderFixtures.SignedInReader owner = fixtures.signedIn();
        mover.browser().get("/account");
        HttpResponse<String> asked = mover.browser().post("/account/email", Map.of("newEmail", owner.email(), "password", PASSWORD));
        assertThat(where(asked)).isEqualTo("/account?email-sent");
        assertThat(fixtures.latestMailTo(owner.email()).subject()).contains("already uses this address");
        assertThat(fixtures.latestMailTo(owner.email()).body()).doesNotContain("/account/email/confirm");
    }

    @Test
    void theReaderDownloadsTheirOwnDataAsJson() {
        ReaderFixtures.SignedInReader reader = fixtures.signedIn("Data Subject");
        HttpResponse<String> download = reader.browser().get("/account/data");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(download.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        JsonNode data = JsonMapper.shared().readTree(download.body());
        assertThat(data.get("account").get("email").asString()).isEqualTo(reader.email());
        assertThat(data.get("account").get("displayName").asString()).isEqualTo("Data Subject");
        assertThat(download.body()).doesNotContain("argon2");
        assertThat(new Browserless(port).get("/account/data").statusCode()).isEqualTo(302);
    }

    @Test
    void deletingTheAccountNeedsThePasswordThenRemovesItSignsOutAndMailsAGoodbye() {
        ReaderFixtures.SignedInReader reader = fixtures.signedIn("Leaving For Good");
        Browserless otherDevice = new Browserless(port);
        ReaderFixtures.signIn(otherDevice, reader.email(), PASSWORD, true);
        reader.browser().get("/account");
        HttpResponse<String> wrong = reader.browser().post("/account/delete", Map.of("password", "not it at all", "comments", "keep"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(readers.byId(reader.profile().id())).isPresent();

        HttpResponse<String> deleted = reader.browser().post("/account/delete", Map.of("password", PASSWORD, "comments", "remove"));
        assertThat(where(deleted)).isEqualTo("/account/deleted");
        assertThat(reader.browser().cookie("SESSION")).isEmpty();
        assertThat(reader.browser().get("/account/deleted").body()).contains("Your account is deleted");
        assertThat(readers.byId(reader.profile().id())).isEmpty();
        assertThat(otherDevice.get("/account").statusCode()).isEqualTo(302);
        assertThat(new Browserless(port).get(reader.profile().path()).statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from persistent_logins where username = :id")
                .param("id", String.valueOf(reader.profile().id())).query(Integer.class).single()).isZero();
        assertThat(fixtures.latestMailTo(reader.email()).body()).contains("Your comments have been removed.");
        assertThat(where(ReaderFixtures.signIn(new Browserless(port), reader.email(), PASSWORD, false))).isEqualTo("/account/login?error");
    }

    private HttpResponse<String> saveProfile(ReaderFixtures.SignedInReader reader, String displayName, String bio) {
        reader.browser().get("/account");
        return reader.browser().post("/account/profile", Map.of("displayName", displayName, "bio", bio));
    }

    private static void assertRefused(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains(message).contains("Nothing was changed");
    }

    private static HttpResponse<String> requestReset(Browserless browser, String email) {
        browser.get("/account/reset");
        return browser.post("/account/reset", Map.of("email", email));
    }

    private static String link(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group(1);
    }
}
