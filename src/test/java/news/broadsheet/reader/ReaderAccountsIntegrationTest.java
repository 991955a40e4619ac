package news.broadsheet.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import news.broadsheet.Browserless;
import news.broadsheet.IntegrationTest;
import news.broadsheet.mail.MailOutbox;
import news.broadsheet.newsroom.internal.Role;
import news.broadsheet.newsroom.internal.StaffService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Registering, confirming by e-mail, signing in and out, remember-me, and what none of it reveals. */
@IntegrationTest
class ReaderAccountsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Readers readers;
    @Autowired
    StaffService staff;

    ReaderFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReaderFixtures(port, outbox, readers);
    }

    @Test
    void aReaderRegistersConfirmsByTheLinkInTheMailAndIsSignedInOnEveryPage() {
        String email = ReaderFixtures.uniqueEmail();
        Browserless browser = new Browserless(port);
        HttpResponse<String> registered = ReaderFixtures.register(browser, email, "Ada Reader", ReaderFixtures.PASSWORD);
        assertThat(registered.statusCode()).isEqualTo(302);
        assertThat(ReaderFixtures.where(registered)).isEqualTo("/account/registered");
        assertThat(browser.cookie("SESSION")).as("no session before the address is confirmed").isEmpty();
        String thanks = browser.get("/account/registered").body();
        assertThat(thanks).contains("Thank you for registering").contains("refresh the page").contains("Sign in");

        String mail = fixtures.latestMailTo(email).body();
        assertThat(mail).contains("Ada Reader").contains("/account/verify?token=");
        HttpResponse<String> confirmed = browser.get(fixtures.confirmationPath(email));
        assertThat(ReaderFixtures.where(confirmed)).isEqualTo("/account/welcome");
        assertThat(browser.cookie("SESSION")).isPresent();

        assertThat(browser.get("/account/welcome").body()).contains("Thank you for registering").contains("Ada Reader");
        assertThat(browser.get("/account/registered").body()).contains("you are signed in as <strong>Ada Reader</strong>");
        String search = browser.get("/search?q=sochi").body();
        assertThat(search).contains("<span class=\"account-name\">Ada Reader</span>").contains("Your account")
                .contains("action=\"/account/logout\"").doesNotContain("href=\"/account/register\"");
        assertThat(browser.get("/account").body()).contains(email).contains("Ada Reader");
        assertThat(readers.byHandle(handleOn(browser)).map(ReaderProfile::displayName)).hasValue("Ada Reader");
    }

    @Test
    void theConfirmationLinkWorksOnce() {
        String email = ReaderFixtures.uniqueEmail();
        ReaderFixtures.register(new Browserless(port), email, "Once Only", ReaderFixtures.PASSWORD);
        String link = fixtures.confirmationPath(email);
        assertThat(new Browserless(port).get(link).statusCode()).isEqualTo(302);
        HttpResponse<String> again = new Browserless(port).get(link);
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("expired or has already been used");
        assertThat(new Browserless(port).get("/account/verify?token=forged").statusCode()).isEqualTo(410);
    }

    @Test
    void signingOutEndsTheSessionAndTheAccountPageAsksToSignIn() {
        ReaderFixtures.SignedInReader reader = fixtures.signedIn("Leaving Soon");
        Browserless browser = reader.browser();
        browser.get("/account");
        HttpResponse<String> out = browser.post("/account/logout", Map.of());
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(browser.cookie("SESSION")).isEmpty();
        HttpResponse<String> account = browser.get("/account");
        assertThat(account.statusCode()).isEqualTo(302);
        assertThat(ReaderFixtures.where(account)).isEqualTo("/account/login");
        assertThat(browser.get("/search?q=sochi").body()).contains("href=\"/account/login\"").doesNotContain("Leaving Soon");
    }

    @Test
    void signingInWithThePasswordAndAWrongPasswordOrUnknownAddressAnswerAlike() {
        ReaderFixtures.SignedInReader reader = fixtures.signedIn();
        Browserless browser = new Browserless(port);
        HttpResponse<String> wrong = ReaderFixtures.signIn(browser, reader.email(), "not the password at all", false);
        HttpResponse<String> unknown = ReaderFixtures.signIn(browser, ReaderFixtures.uniqueEmail(), "not the password at all", false);
        assertThat(ReaderFixtures.where(wrong)).isEqualTo("/account/login?error");
        assertThat(ReaderFixtures.where(unknown)).isEqualTo("/account/login?error");
        assertThat(browser.cookie("SESSION")).as("a failed sign-in makes no session").isEmpty();
        assertThat(browser.get("/account/login?error").body()).contains("do not match an account");

        HttpResponse<String> right = ReaderFixtures.signIn(browser, reader.email(), ReaderFixtures.PASSWORD, false);
        assertThat(ReaderFixtures.where(right)).isEqualTo("/");
        assertThat(browser.cookie("SESSION")).isPresent();
        assertThat(browser.get("/account").body()).contains(reader.email());
    }

    @Test
    void afterSigningInTheReaderGoesBackToThePageTheyCameFromOnThisSiteOnly() {
        ReaderFixtures.SignedInReader reader = fixtures.signedIn();
        Browserless browser = new Browserless(port);
        browser.get("/account/login");
        HttpResponse<String> back = browser.post("/account/login", Map.of("email", reader.email(),
                "password", ReaderFixtures.PASSWORD, "next", "/search?q=putin"));
        assertThat(ReaderFixtures.where(back)).isEqualTo("/search?q=putin");
        Browserless other = new Browserless(port);
        other.get("/account/login");
        HttpResponse<String> elsewhere = other.post("/account/login", Map.of("email", reader.email(),
                "password", ReaderFixtures.PASSWORD, "next", "//evil.example/"));
        assertThat(ReaderFixtures.where(elsewhere)).isEqualTo("/");
    }

    @Test
    void registeringWithAnAddressThatHasAnAccountLooksTheSameAndMailsItsOwner() {
        ReaderFixtures.SignedInReader owner = fixtures.signedIn("The Owner");
        HttpResponse<String> again = ReaderFixtures.register(new Browserless(port), owner.email(), "Someone Else",
                "another long password");
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(ReaderFixtures.where(again)).isEqualTo("/account/registered");
        assertThat(fixtures.latestMailTo(owner.email()).subject()).startsWith("You already have an account");
        assertThat(readers.byId(owner.profile().id()).orElseThrow().displayName()).isEqualTo("The Owner");
        HttpResponse<String> oldPassword = ReaderFixtures.signIn(new Browserless(port), owner.email(), ReaderFixtures.PASSWORD, false);
        assertThat(ReaderFixtures.where(oldPassword)).isEqualTo("/");
    }

    @Test
    void anUnconfirmedReaderWithTheRightPasswordIsSentTheLinkAgain() {
        String email = ReaderFixtures.uniqueEmail();
        ReaderFixtures.register(new Browserless(port), email, "Not Yet", ReaderFixtures.PASSWORD);
        long firstMail = fixtures.latestMailTo(email).id();
        Browserless browser = new Browserless(port);
        HttpResponse<String> early = ReaderFixtures.signIn(browser, email, ReaderFixtures.PASSWORD, false);
        assertThat(ReaderFixtures.where(early)).isEqualTo("/account/login?unconfirmed");
        assertThat(browser.cookie("SESSION")).isEmpty();
        assertThat(fixtures.latestMailTo(email).id()).isGreaterThan(firstMail);
        assertThat(browser.get(fixtures.confirmationPath(email)).statusCode()).isEqualTo(302);
    }

    @Test
    void rememberMeSignsTheReaderInAgainOnANewSessionFromTheDatabase() {
        ReaderFixtures.SignedInReader reader = fixtures.signedIn("Remembered");
        Browserless browser = new Browserless(port);
        ReaderFixtures.signIn(browser, reader.email(), ReaderFixtures.PASSWORD, true);
        String remembered = browser.cookie("reader-remember-me").orElseThrow();

        Browserless nextWeek = new Browserless(port);
        nextWeek.addCookie("reader-remember-me", remembered);
        HttpResponse<String> account = nextWeek.get("/account");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains(reader.email());
        assertThat(nextWeek.cookie("SESSION")).isPresent();
    }

    @Test
    void visitorsWhoDoNotSignInNeverGetASession() {
        Browserless visitor = new Browserless(port);
        visitor.get("/uk");
        visitor.get("/search?q=sochi");
        visitor.get("/account/register");
        visitor.get("/account/login");
        visitor.get("/account");
        visitor.post("/account/login", Map.of("email", "nobody@example.com", "password", "wrong password here"));
        assertThat(visitor.cookie("SESSION")).isEmpty();
    }

    @Test
    void staffAndReaderSignInsAreSeparate() {
        String staffEmail = "editor-" + java.util.UUID.randomUUID() + "@example.com";
        staff.create(staffEmail, "Staff Member", Role.EDITOR, "correct horse battery", false, "test");
        Browserless browser = new Browserless(port);
        assertThat(browser.signInToNewsroom(staffEmail, "correct horse battery")).endsWith("/newsroom");
        assertThat(browser.get("/search?q=sochi").body()).contains("href=\"/account/login\"").doesNotContain("Staff Member");
        assertThat(browser.get("/account").statusCode()).isEqualTo(302);

        ReaderFixtures.SignedInReader reader = fixtures.signedIn("Only A Reader");
        HttpResponse<String> newsroom = reader.browser().get("/newsroom");
        assertThat(newsroom.statusCode()).isEqualTo(302);
        assertThat(newsroom.headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/login");

        ReaderFixtures.signIn(browser, reader.email(), ReaderFixtures.PASSWORD, false);
        assertThat(browser.get("/search?q=sochi").body()).contains("Only A Reader");
        assertThat(browser.get("/newsroom").statusCode()).as("still signed in to the newsroom").isEqualTo(200);
        browser.get("/account");
        browser.post("/account/logout", Map.of());
        assertThat(browser.get("/newsroom").statusCode()).as("signing out of the site leaves the newsroom alone").isEqualTo(200);
        assertThat(browser.get("/search?q=sochi").body()).doesNotContain("Only A Reader");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        Browserless browser = new Browserless(port);
        assertThat(browser.postRaw("/account/register", Map.of("email", ReaderFixtures.uniqueEmail(),
                "displayName", "Forged", "password", ReaderFixtures.PASSWORD)).statusCode()).isEqualTo(403);
        ReaderFixtures.SignedInReader reader = fixtures.signedIn();
        assertThat(reader.browser().postRaw("/account/logout", Map.of()).statusCode()).isEqualTo(403);
        assertThat(reader.browser().get("/account").statusCode()).isEqualTo(200);
    }

    @Test
    void tenWrongPasswordsLockTheAccountForAQuarterOfAnHourEvenWithTheRightOneNext() {
        ReaderFixtures.SignedInReader reader = fixtures.signedIn();
        Browserless guesser = new Browserless(port);
        for (int i = 0; i < 10; i++) {
            ReaderFixtures.signIn(guesser, reader.email(), "guess number " + i, false);
        }
        HttpResponse<String> locked = ReaderFixtures.signIn(guesser, reader.email(), ReaderFixtures.PASSWORD, false);
        assertThat(ReaderFixtures.where(locked)).isEqualTo("/account/login?locked");
        assertThat(guesser.get("/account/login?locked").body()).contains("Too many sign-in attempts");
    }

    private static String handleOn(Browserless browser) {
        var matcher = java.util.regex.Pattern.compile("href=\"/readers/([a-z0-9-]+)\"").matcher(browser.get("/account").body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
