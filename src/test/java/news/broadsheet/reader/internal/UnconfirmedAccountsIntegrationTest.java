package news.broadsheet.reader.internal;

import static org.assertj.core.api.Assertions.assertThat;

import news.broadsheet.Browserless;
import news.broadsheet.IntegrationTest;
import news.broadsheet.reader.ReaderFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A registration nobody confirmed within a week goes; confirmed readers and newer registrations stay. */
@IntegrationTest
class UnconfirmedAccountsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    UnconfirmedAccounts unconfirmed;
    @Autowired
    ReaderRepository readers;
    @Autowired
    JdbcClient jdbc;

    @Test
    void weekOldUnconfirmedRegistrationsAreDeleted() {
        String old = register();
        String recent = register();
        jdbc.sql("update reader set joined_at = now() - interval '8 days' where email = :email").param("email", old).update();
        String confirmedLongAgo = ReaderFixtures.uniqueEmail();
        readers.create(confirmedLongAgo, "Confirmed Long Ago", "{noop}unused");
        jdbc.sql("update reader set joined_at = now() - interval '30 days', verified_at = now() - interval '29 days' where email = :email")
                .param("email", confirmedLongAgo).update();

        unconfirmed.forgetOld();

        assertThat(readers.byEmail(old)).isEmpty();
        assertThat(readers.byEmail(recent)).isPresent();
        assertThat(readers.byEmail(confirmedLongAgo)).isPresent();
    }

    private String register() {
        String email = ReaderFixtures.uniqueEmail();
        ReaderFixtures.register(new Browserless(port), email, "Never Confirmed", ReaderFixtures.PASSWORD);
        return email;
    }
}
