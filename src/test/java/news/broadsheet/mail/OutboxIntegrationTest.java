package news.broadsheet.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import news.broadsheet.Browserless;
import news.broadsheet.IntegrationTest;
import news.broadsheet.newsroom.internal.Role;
import news.broadsheet.newsroom.internal.StaffService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** Without an SMTP server, mail is kept and administrators read it, links and all, at /newsroom/outbox. */
@IntegrationTest
class OutboxIntegrationTest {

    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;
    @Autowired
    Mailer mailer;
    @Autowired
    MailOutbox outbox;
    @Autowired
    StaffService staff;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void administratorsReadKeptMailWithItsSiteLinksClickableAndEverythingElseEscaped() {
        String to = "outbox-" + UUID.randomUUID() + "@example.com";
        mailer.send(to, "<script>alert('subject')</script>", """
                Hello <b>reader</b>,

                Confirm here: http://localhost:%d/account/verify?token=abc_DEF-123
                Not ours: https://elsewhere.example/phish
                """.formatted(port));
        assertThat(outbox.deliversBySmtp()).isFalse();
        assertThat(outbox.to(to.toUpperCase(), 5)).hasSize(1).first()
                .satisfies(mail -> assertThat(mail.sentAt()).isNull());

        String page = signedIn(Role.ADMIN).get("/newsroom/outbox").body();
        assertThat(page).contains(to)
                .contains("&lt;script&gt;alert('subject')&lt;/script&gt;").doesNotContain("<script>alert")
                .contains("Hello &lt;b&gt;reader&lt;/b&gt;")
                .contains("<a href=\"http://localhost:%d/account/verify?token=abc_DEF-123\">".formatted(port))
                .doesNotContain("<a href=\"https://elsewhere.example/phish\"")
                .contains("no mail server is configured");
    }

    @Test
    void onlyAdministratorsSeeTheOutbox() {
        assertThat(signedIn(Role.EDITOR).get("/newsroom/outbox").statusCode()).isEqualTo(403);
        assertThat(new Browserless(port).get("/newsroom/outbox").statusCode()).isEqualTo(302);
    }

    @Test
    void mailSentInATransactionThatRollsBackIsNeverKept() {
        String to = "rolled-back-" + UUID.randomUUID() + "@example.com";
        transaction.executeWithoutResult(status -> {
            mailer.send(to, "Never", "This change was abandoned.");
            status.setRollbackOnly();
        });
        assertThat(outbox.to(to, 5)).isEmpty();
    }

    private Browserless signedIn(Role role) {
        String email = role.column() + "-" + UUID.randomUUID() + "@example.com";
        staff.create(email, "Outbox " + role.label(), role, PASSWORD, false, "test");
        Browserless browser = new Browserless(port);
        assertThat(browser.signInToNewsroom(email, PASSWORD)).endsWith("/newsroom");
        return browser;
    }
}
