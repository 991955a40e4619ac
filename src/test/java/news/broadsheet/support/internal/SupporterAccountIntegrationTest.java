package news.broadsheet.support.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.Browserless;
import news.broadsheet.IntegrationTest;
import news.broadsheet.article.Articles;
import news.broadsheet.mail.MailOutbox;
import news.broadsheet.mail.OutgoingMail;
import news.broadsheet.reader.ReaderFixtures;
import news.broadsheet.reader.Readers;
import news.broadsheet.support.Supporters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signed-in readers' support: a monthly contribution thanked in every article and stopped from the account,
 * a guest's receipt and its claim link, and the supporter badge.
 */
@IntegrationTest
class SupporterAccountIntegrationTest {

    private static final Pattern CLAIM = Pattern.compile("https?://\\S+(/support/claim/[0-9a-f]{48})");

    @LocalServerPort
    int port;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Readers readers;
    @Autowired
    Articles articles;
    @Autowired
    Supporters supporters;
    @Autowired
    ContributionLedger ledger;

    private ReaderFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReaderFixtures(port, outbox, readers);
    }

    @Test
    void aSignedInReaderStartsMonthlySupportIsThankedInArticlesAndStopsItFromTheirAccount() {
        ReaderFixtures.SignedInReader reader = fixtures.signedIn();
        Browserless browser = reader.browser();
        String article = "/articles/" + articles.allPublished(0, 1).getFirst().slug();
        assertThat(browser.get(article).body()).contains("data-support-appeal");

        HttpResponse<String> form = browser.get("/support?edition=uk&frequency=monthly&amount=1000&from=appeal");
        assertThat(form.body()).doesNotContain("name=\"email\"");
        Map<String, String> fields = new HashMap<>(Map.of("edition", "uk", "currency", "GBP", "frequency", "monthly",
                "amount", "1000", "otherAmount", "", "message", "", "fromAppeal", "true"));
        String checkout = browser.post("/support", fields).headers().firstValue("Location").orElseThrow();
        browser.get(checkout);
        browser.post(checkout, Map.of("outcome", "pay"));
        OutgoingMail receipt = fixtures.latestMailTo(reader.email());
        assertThat(receipt.subject()).startsWith("Your contribution to");
        assertThat(receipt.body()).contains("£10.00 a month").contains("/account/support").doesNotContain("/support/claim/");

        Browserless sameReaderElsewhere = new Browserless(port);
        ReaderFixtures.signIn(sameReaderElsewhere, reader.email(), ReaderFixtures.PASSWORD, false);
        assertThat(sameReaderElsewhere.get(article).body()).as("thanked from their contributions, not a cookie")
                .contains("class=\"support-thanks\"").doesNotContain("data-support-appeal");

        HttpResponse<String> account = browser.get("/account/support");
        assertThat(account.body()).contains("£10.00").contains("Monthly").contains(">paid<")
                .contains("Stop monthly support");
        Contribution contribution = ledger.ofReader(reader.profile().id()).getFirst();
        assertThat(contribution.subscriptionId()).startsWith("test_sub_");

        HttpResponse<String> cancelled = browser.post("/account/support/" + contribution.reference() + "/cancel", Map.of());
        assertThat(cancelled.statusCode()).isEqualTo(303);
        assertThat(ledger.byId(contribution.id()).orElseThrow().status()).isEqualTo(ContributionStatus.CANCELLED);
        assertThat(browser.get("/account/support").body()).contains(">cancelled<").doesNotContain("Stop monthly support");
        assertThat(sameReaderElsewhere.get(article).body()).as("asked again once their support stopped")
                .contains("data-support-appeal");
    }

    @Test
    void aGuestsReceiptCarriesAClaimLinkThatAddsTheContributionToAReadersAccountOnce() {
        Browserless guest = new Browserless(port);
        String email = "guest-" + UUID.randomUUID() + "@example.com";
        guest.get("/support?edition=uk");
        Map<String, String> fields = new HashMap<>(Map.of("edition", "uk", "currency", "GBP", "frequency", "once",
                "amount", "", "otherAmount", "12", "message", "", "email", email, "fromAppeal", "false"));
        String checkout = guest.post("/support", fields).headers().firstValue("Location").orElseThrow();
        guest.get(checkout);
        guest.post(checkout, Map.of("outcome", "pay"));

        OutgoingMail receipt = fixtures.latestMailTo(email);
        assertThat(receipt.subject()).startsWith("Your contribution to");
        assertThat(receipt.body()).contains("£12.00");
        Matcher link = CLAIM.matcher(receipt.body());
        assertThat(link.find()).isTrue();

        Browserless visitor = new Browserless(port);
        assertThat(visitor.get(link.group(1)).headers().firstValue("Location").orElseThrow()).startsWith("/account/login");

        ReaderFixtures.SignedInReader reader = fixtures.signedIn();
        assertThat(reader.browser().get(link.group(1)).body()).contains("Add a contribution to your account");
        assertThat(reader.browser().post(link.group(1), Map.of()).statusCode()).isEqualTo(303);
        assertThat(reader.browser().get("/account/support").body()).contains("£12.00").contains(">paid<");

        ReaderFixtures.SignedInReader another = fixtures.signedIn();
        another.browser().get("/account/support");
        assertThat(another.browser().post(link.group(1), Map.of()).statusCode()).as("a claim link works once")
                .isEqualTo(404);
    }

    @Test
    void aSupporterChoosesToShowTheBadgeAndOnlyThenDoOthersSeeIt() {
        ReaderFixtures.SignedInReader reader = fixtures.signedIn();
        long id = reader.profile().id();
        reader.browser().get("/account/support");
        reader.browser().post("/account/support/badge", Map.of("show", "true"));
        assertThat(supporters.showsSupporterBadge(id)).as("no paid contribution yet").isFalse();

        ledger.claim(claimTokenOfPaidGuestContribution(), id);
        assertThat(supporters.showsSupporterBadge(id)).isTrue();

        reader.browser().get("/account/support");
        reader.browser().post("/account/support/badge", Map.of("show", "false"));
        assertThat(supporters.showsSupporterBadge(id)).isFalse();
    }

    @Test
    void aVisitorIsSentToSignInForTheSupportAccountPage() {
        HttpResponse<String> visitor = new Browserless(port).get("/account/support");

        assertThat(visitor.statusCode()).isEqualTo(303);
        assertThat(visitor.headers().firstValue("Location")).hasValue("/account/login?next=/account/support");
    }

    private String claimTokenOfPaidGuestContribution() {
        Contribution contribution = ledger.open(new ContributionRequest("uk", Frequency.ONCE, 500, "GBP", null,
                "badge-" + UUID.randomUUID() + "@example.com", null, false), TestPaymentProvider.NAME);
        ledger.apply(new PaymentEvent(TestPaymentProvider.NAME, "test_evt_" + UUID.randomUUID(), "checkout.completed",
                PaymentEvent.Kind.CHECKOUT_PAID, contribution.reference(), null, "test_pi_" + UUID.randomUUID(), null,
                500, "GBP"));
        return contribution.claimToken();
    }
}
