package news.broadsheet.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import news.broadsheet.Browserless;
import news.broadsheet.Eventually;
import news.broadsheet.IntegrationTest;
import news.broadsheet.reader.ReaderFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code spring.mail.host} set, mail goes over real SMTP (GreenMail, in this JVM) from a job; an SMTP
 * server that is down neither fails the request that sent the mail nor loses it.
 */
@IntegrationTest
class SmtpDeliveryIntegrationTest {

    private static GreenMail smtp = started(new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)));
    private static final int SMTP_PORT = smtp.getSmtp().getPort();

    @LocalServerPort
    int port;
    @Autowired
    Mailer mailer;
    @Autowired
    MailOutbox outbox;

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
        properties.add("broadsheet.mail.retry-delay", () -> "1s");
        properties.add("broadsheet.mail.from", () -> "desk@broadsheet.test");
    }

    @AfterAll
    static void stopSmtpServer() {
        smtp.stop();
    }

    @Test
    void mailIsDeliveredOverSmtpAndMarkedSent() throws Exception {
        String to = "smtp-" + UUID.randomUUID() + "@example.com";
        mailer.send(to, "Grüße from the desk", "First line.\nSecond line: ünïcödé.");
        MimeMessage received = receivedBy(to);
        assertThat(received.getSubject()).isEqualTo("Grüße from the desk");
        assertThat(received.getFrom()[0].toString()).isEqualTo("desk@broadsheet.test");
        assertThat(GreenMailUtil.getBody(received)).contains("First line.");
        Eventually.within(Duration.ofSeconds(10), "marked sent", () -> outbox.to(to, 1).getFirst().sentAt() != null);
        assertThat(outbox.deliversBySmtp()).isTrue();
    }

    @Test
    void whileTheSmtpServerIsDownRegistrationStillAnswersAndTheMailGoesOutOnceItIsBack() throws Exception {
        smtp.stop();
        try {
            String email = ReaderFixtures.uniqueEmail();
            long started = System.nanoTime();
            HttpResponse<String> registered = ReaderFixtures.register(new Browserless(port), email, "Patient Reader",
                    ReaderFixtures.PASSWORD);
            assertThat(registered.statusCode()).isEqualTo(302);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            Eventually.within(Duration.ofSeconds(20), "a failed delivery recorded",
                    () -> outbox.to(email, 1).getFirst().lastError() != null);
            assertThat(outbox.to(email, 1).getFirst().sentAt()).isNull();

            smtp = started(new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)));
            MimeMessage received = receivedBy(email);
            assertThat(GreenMailUtil.getBody(received)).contains("/account/verify?token=");
        } finally {
            if (!smtp.isRunning()) {
                smtp = started(new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)));
            }
        }
    }

    private static MimeMessage receivedBy(String address) {
        MimeMessage[] found = new MimeMessage[1];
        Eventually.within(Duration.ofSeconds(30), "a message for " + address, () -> {
            found[0] = Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
                try {
                    return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
                } catch (jakarta.mail.MessagingException e) {
                    return false;
                }
            }).findFirst().orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    private static GreenMail started(GreenMail server) {
        server.start();
        return server;
    }
}
