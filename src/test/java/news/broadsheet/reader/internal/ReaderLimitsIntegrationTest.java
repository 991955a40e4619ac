package news.broadsheet.reader.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import news.broadsheet.IntegrationTest;
import news.broadsheet.mail.MailOutbox;
import news.broadsheet.mail.Mailer;
import news.broadsheet.platform.RateLimits;
import news.broadsheet.reader.ReaderFixtures;
import news.broadsheet.site.Site;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The per-network-address limits, which the shared test application lifts because every test comes from
 * one address: here with a limit of two, from addresses no other test uses.
 */
@IntegrationTest
class ReaderLimitsIntegrationTest {

    @Autowired
    RateLimits rateLimits;
    @Autowired
    ReaderRepository readers;
    @Autowired
    ReaderTokens tokens;
    @Autowired
    ReaderPasswords passwords;
    @Autowired
    Mailer mailer;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Site site;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aNetworkAddressMayRegisterOnlySoOftenAnHour() {
        ReaderLimits twoPerAddress = new ReaderLimits(rateLimits, 2);
        Registration registration = new Registration(readers, tokens, passwords, twoPerAddress, mailer, site, transaction);
        String address = "network-" + UUID.randomUUID();
        assertThat(registration.register(ReaderFixtures.uniqueEmail(), "First", ReaderFixtures.PASSWORD, address).accepted()).isTrue();
        assertThat(registration.register(ReaderFixtures.uniqueEmail(), "Second", ReaderFixtures.PASSWORD, address).accepted()).isTrue();
        Registration.Result third = registration.register(ReaderFixtures.uniqueEmail(), "Third", ReaderFixtures.PASSWORD, address);
        assertThat(third.tooMany()).isTrue();
        assertThat(registration.register(ReaderFixtures.uniqueEmail(), "Elsewhere", ReaderFixtures.PASSWORD,
                "network-" + UUID.randomUUID()).accepted()).isTrue();
    }

    @Test
    void oneAddressTypedGetsAtMostThreeRegistrationMailsAnHourWhateverTheNetwork() {
        ReaderLimits limits = new ReaderLimits(rateLimits, 1000);
        Registration registration = new Registration(readers, tokens, passwords, limits, mailer, site, transaction);
        String email = ReaderFixtures.uniqueEmail();
        for (int i = 0; i < 5; i++) {
            assertThat(registration.register(email, "Flooded", ReaderFixtures.PASSWORD, "network-" + UUID.randomUUID())
                    .accepted()).as("every attempt gets the same answer").isTrue();
        }
        assertThat(outbox.to(email, 10)).hasSize(3);
    }

    @Test
    void signInAttemptsAreCountedPerNetworkAddressToo() {
        ReaderLimits twoPerAddress = new ReaderLimits(rateLimits, 2);
        String address = "network-" + UUID.randomUUID();
        assertThat(twoPerAddress.signInAllowed(ReaderFixtures.uniqueEmail(), address)).isTrue();
        assertThat(twoPerAddress.signInAllowed(ReaderFixtures.uniqueEmail(), address)).isTrue();
        assertThat(twoPerAddress.signInAllowed(ReaderFixtures.uniqueEmail(), address)).isFalse();
    }
}
