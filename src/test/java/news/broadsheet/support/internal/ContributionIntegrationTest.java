package news.broadsheet.support.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import news.broadsheet.Browserless;
import news.broadsheet.IntegrationTest;
import news.broadsheet.article.Articles;
import news.broadsheet.newsroom.internal.Role;
import news.broadsheet.newsroom.internal.StaffService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Contributing as a guest without JavaScript through the test provider, the limits on what may be typed,
 * dismissing the appeal, and the newsroom's revenue page, CSV and settings.
 */
@IntegrationTest
class ContributionIntegrationTest {

    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;
    @Autowired
    Articles articles;
    @Autowired
    ContributionLedger ledger;
    @Autowired
    StaffService staff;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aGuestContributesOnceThroughTheTestCheckoutAndTheirArticlesThenThankThemInsteadOfAsking() {
        Browserless guest = new Browserless(port);
        String article = "/articles/" + articles.allPublished(0, 1).getFirst().slug();
        assertThat(guest.get(article).body()).contains("class=\"support-appeal\"").contains("/support/appeal-seen/uk")
                .contains("£5");

        String email = "guest-" + UUID.randomUUID() + "@example.com";
        String checkout = start(guest, fields(email, "500", ""));
        assertThat(checkout).matches("/support/test-checkout/test_cs_[0-9a-f-]{36}");
        HttpResponse<String> checkoutPage = guest.get(checkout);
        assertThat(checkoutPage.body()).contains("TEST MODE").contains("£5.00");

        HttpResponse<String> paid = guest.post(checkout, Map.of("outcome", "pay"));
        assertThat(paid.statusCode()).isEqualTo(303);
        String thanks = paid.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> thanksPage = guest.get(thanks);
        assertThat(thanksPage.body()).contains("Thank you for your support").contains("£5.00")
                .contains("/support/claim/");
        assertThat(thanksPage.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("supported=1"));

        Contribution contribution = contributionOf(email);
        assertThat(contribution.status()).isEqualTo(ContributionStatus.PAID);
        assertThat(contribution.amount()).isEqualTo(500);
        assertThat(contribution.currency()).isEqualTo("GBP");
        assertThat(contribution.fromAppeal()).isTrue();
        assertThat(guest.post(checkout, Map.of("outcome", "pay")).statusCode()).as("a checkout is paid once").isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from support_payment where contribution_id = :id")
                .param("id", contribution.id()).query(Long.class).single()).isEqualTo(1);

        String page = guest.get(article).body();
        assertThat(page).contains("class=\"support-thanks\"").doesNotContain("class=\"support-appeal\"");
        assertThat(new Browserless(port).get(article).body()).as("other readers still see the appeal")
                .contains("class=\"support-appeal\"");
    }

    @Test
    void aTypedAmountAndAMessageWithScriptAreTakenTheAmountExactlyAndTheMessageAsText() {
        Browserless guest = new Browserless(port);
        String email = "typed-" + UUID.randomUUID() + "@example.com";
        guest.get("/support?edition=uk");
        Map<String, String> form = fields(email, "500", "7.50");
        form.put("message", "<script>alert(1)</script> Keep going");

        start(guest, form);

        Contribution contribution = contributionOf(email);
        assertThat(contribution.amount()).isEqualTo(750);
        assertThat(contribution.message()).isEqualTo("<script>alert(1)</script> Keep going");
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "GBP | 500 | -5         | An amount must be more than zero.",
            "GBP | 500 | 0          | An amount must be more than zero.",
            "GBP | 500 | 0.50       | The smallest contribution we can take is £1.00.",
            "GBP | 500 | 99999999   | The largest contribution we can take at once is £1,000.00.",
            "GBP | 500 | five pounds| Enter the amount as a number, such as 5 or 7.50.",
            "GBP | 500 | 5.555      | Enter the amount as a number, such as 5 or 7.50.",
            "GBP | 500 | 1e3        | Enter the amount as a number, such as 5 or 7.50.",
            "GBP | -500 |           | An amount must be more than zero.",
            "GBP | 123 |            | Choose one of the amounts shown, or enter your own.",
            "GBP | abc |            | Choose one of the amounts shown, or enter your own.",
            "USD | 500 |            | The UK edition takes contributions in GBP, not USD. Choose an amount again.",
            "'' | 500 |             | The UK edition takes contributions in GBP, not no currency."
    })
    void badAmountsAreRefusedWithAClearMessageAndNothingIsRecorded(String currency, String amount, String other,
                                                                    String message) {
        Browserless guest = new Browserless(port);
        String email = "refused-" + UUID.randomUUID() + "@example.com";
        guest.get("/support?edition=uk");
        Map<String, String> form = fields(email, amount, other == null ? "" : other);
        form.put("currency", currency);

        HttpResponse<String> refused = guest.post("/support", form);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains(message);
        assertThat(countOf(email)).isZero();
    }

    @Test
    void otherBadFieldsAreRefusedTogetherAndAFormWithoutTokenIsRefusedOutright() {
        Browserless guest = new Browserless(port);
        guest.get("/support?edition=uk");
        Map<String, String> form = fields("not an address", "500", "");
        form.put("frequency", "weekly");
        form.put("message", "x".repeat(501));

        HttpResponse<String> refused = guest.post("/support", form);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Choose one-off or monthly.").contains("Enter your e-mail address")
                .contains("Keep the message to 500 characters; it has 501.");
        assertThat(new Browserless(port).postRaw("/support", fields("a@example.com", "500", "")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aDeclinedTestPaymentRecordsAFailedContributionAndSetsNoThankYouCookie() {
        Browserless guest = new Browserless(port);
        String email = "declined-" + UUID.randomUUID() + "@example.com";
        String checkout = start(guest, fields(email, "1000", ""));
        guest.get(checkout);

        String thanks = guest.post(checkout, Map.of("outcome", "decline")).headers().firstValue("Location").orElseThrow();
        HttpResponse<String> page = guest.get(thanks);

        assertThat(page.body()).contains("did not go through").contains("Nothing was charged");
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("supported="));
        assertThat(contributionOf(email).status()).isEqualTo(ContributionStatus.FAILED);
    }

    @Test
    void aGuestDismissesTheAppealWithoutJavaScriptAndTheArticleStaysWhole() {
        Browserless guest = new Browserless(port);
        String slug = articles.allPublished(0, 2).getLast().slug();
        String article = "/articles/" + slug;
        guest.get(article);

        HttpResponse<String> form = guest.get("/support/dismiss");
        assertThat(form.body()).contains("Hide the appeal");
        HttpResponse<String> dismissed = guest.post("/support/dismiss", Map.of("returnTo", article));

        assertThat(dismissed.statusCode()).isEqualTo(303);
        assertThat(dismissed.headers().firstValue("Location")).hasValue(article);
        assertThat(dismissed.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("appeal_dismissed=1"));
        String page = guest.get(article).body();
        assertThat(page).doesNotContain("data-support-appeal").contains("class=\"article-body\"");
        assertThat(guest.post("/support/dismiss", Map.of("returnTo", "https://evil.example/x")).headers()
                .firstValue("Location")).hasValue("/x");
    }

    @Test
    void appealViewsAreCountedFirstPartyPerEditionAndDay() {
        long before = views("us");

        HttpResponse<String> pixel = new Browserless(port).get("/support/appeal-seen/us");
        new Browserless(port).get("/support/appeal-seen/zz");

        assertThat(pixel.statusCode()).isEqualTo(200);
        assertThat(pixel.headers().firstValue("Content-Type")).hasValue("image/gif");
        assertThat(pixel.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(views("us")).isEqualTo(before + 1);
        assertThat(jdbc.sql("select count(*) from appeal_view where edition_code = 'zz'").query(Long.class).single()).isZero();
    }

    @Test
    void editorsSeeRevenueAsAChartAndDownloadContributionsAsCsvWithFormulasDefused() {
        Browserless guest = new Browserless(port);
        String email = "csv-" + UUID.randomUUID() + "@example.com";
        guest.get("/support?edition=uk");
        Map<String, String> form = fields(email, "2500", "");
        form.put("message", "=HYPERLINK(\"http://evil.example\",\"click\")");
        String checkout = start(guest, form);
        guest.get(checkout);
        guest.post(checkout, Map.of("outcome", "pay"));

        Browserless editor = signedIn(Role.EDITOR);
        HttpResponse<String> revenue = editor.get("/newsroom/revenue");
        assertThat(revenue.statusCode()).isEqualTo(200);
        assertThat(revenue.body()).contains("<svg").contains("class=\"revenue-bar\"").contains("UK edition (GBP)")
                .contains("US edition (USD)").contains("Appeal views");
        assertThat(editor.get("/newsroom/revenue?by=week").statusCode()).isEqualTo(200);

        HttpResponse<String> csv = editor.get("/newsroom/revenue.csv?days=7");
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("created_at,edition,frequency,amount,currency,status,from_appeal,message\r\n")
                .contains(",uk,once,25.00,GBP,paid,true,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"\r\n");

        Browserless writer = signedIn(Role.WRITER);
        assertThat(writer.get("/newsroom/revenue").statusCode()).isEqualTo(403);
        assertThat(writer.get("/newsroom/revenue.csv").statusCode()).isEqualTo(403);
        assertThat(editor.get("/newsroom/support/uk").statusCode()).as("settings are for administrators").isEqualTo(403);
    }

    @Test
    void anAdministratorPreviewsAndChangesTheAmountsOfferedAndRefusesNonsense() {
        Browserless admin = signedIn(Role.ADMIN);
        HttpResponse<String> form = admin.get("/newsroom/support/us");
        assertThat(form.body()).contains("value=\"5.00, 10.00, 20.00, 50.00\"");
        String article = "/articles/" + articles.allPublished(0, 1).getFirst().slug();
        Browserless reader = new Browserless(port);
        reader.get("/us");
        try {
            HttpResponse<String> preview = admin.post("/newsroom/support/us", Map.of("presets", "3, 7.5", "minimum", "2",
                    "maximum", "500", "afterParagraph", "1", "action", "preview"));
            assertThat(preview.body()).contains("Preview (not saved yet)").contains("$7.50")
                    .doesNotContain("/support/appeal-seen/");
            assertThat(reader.get(article).body()).doesNotContain("$7.50");

            HttpResponse<String> refused = admin.post("/newsroom/support/us", Map.of("presets", "3, lots", "minimum", "2",
                    "maximum", "1", "afterParagraph", "99", "action", "save"));
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("The largest amount must be at least the smallest.")
                    .contains("Enter a paragraph number from 0");

            HttpResponse<String> saved = admin.post("/newsroom/support/us", Map.of("presets", "3, 7.5", "minimum", "2",
                    "maximum", "500", "afterParagraph", "1", "action", "save"));
            assertThat(saved.statusCode()).isEqualTo(303);
            assertThat(reader.get(article).body()).contains("$7.50");
            assertThat(jdbc.sql("select count(*) from audit_event where action = 'changed support settings'")
                    .query(Long.class).single()).isPositive();
        } finally {
            admin.get("/newsroom/support/us");
            admin.post("/newsroom/support/us", Map.of("presets", "5, 10, 20, 50", "minimum", "1", "maximum", "1000",
                    "afterParagraph", "3", "action", "save"));
        }
    }

    private static Map<String, String> fields(String email, String amount, String other) {
        Map<String, String> form = new HashMap<>();
        form.put("edition", "uk");
        form.put("currency", "GBP");
        form.put("frequency", "once");
        form.put("amount", amount);
        form.put("otherAmount", other);
        form.put("email", email);
        form.put("message", "");
        form.put("fromAppeal", "true");
        return form;
    }

    /** Posts the contribution form and answers where it sent the reader to pay. */
    private static String start(Browserless guest, Map<String, String> form) {
        guest.get("/support?edition=uk");
        HttpResponse<String> started = guest.post("/support", form);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(303);
        return started.headers().firstValue("Location").orElseThrow();
    }

    private Contribution contributionOf(String email) {
        long id = jdbc.sql("select id from contribution where email = :email").param("email", email)
                .query(Long.class).single();
        return ledger.byId(id).orElseThrow();
    }

    private long countOf(String email) {
        return jdbc.sql("select count(*) from contribution where email = :email").param("email", email)
                .query(Long.class).single();
    }

    private long views(String edition) {
        return jdbc.sql("select coalesce(sum(views), 0) from appeal_view where edition_code = :edition")
                .param("edition", edition).query(Long.class).single();
    }

    private Browserless signedIn(Role role) {
        String email = role.column() + "-" + UUID.randomUUID() + "@example.com";
        staff.create(email, "Test " + role.label(), role, PASSWORD, false, "test");
        Browserless person = new Browserless(port);
        person.signInToNewsroom(email, PASSWORD);
        return person;
    }
}
