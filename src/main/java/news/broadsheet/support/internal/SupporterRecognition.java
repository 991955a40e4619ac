package news.broadsheet.support.internal;

import java.time.Instant;
import java.util.Optional;
import news.broadsheet.reader.ReaderProfile;
import news.broadsheet.reader.Readers;
import news.broadsheet.support.Supporters;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who is a supporter: the signed-in reader, if any, and the badge others may show beside their name. */
@Component
class SupporterRecognition implements Supporters {

    private final ContributionLedger ledger;
    private final JdbcClient jdbc;
    private final Readers readers;

    SupporterRecognition(ContributionLedger ledger, JdbcClient jdbc, Readers readers) {
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.readers = readers;
    }

    /** The signed-in reader's id; empty for guests. */
    Optional<Long> signedInReader() {
        return readers.current().map(ReaderProfile::id);
    }

    boolean signedInReaderContributedRecently() {
        return signedInReader()
                .map(reader -> ledger.contributedSince(reader, Instant.now().minus(AppealCookies.THANKS_FOR)))
                .orElse(false);
    }

    @Override
    public boolean showsSupporterBadge(long readerId) {
        return jdbc.sql("select shows_badge from supporter_preference where reader_id = :reader")
                .param("reader", readerId).query(Boolean.class).optional().orElse(false)
                && ledger.hasPaid(readerId);
    }

    void chooseBadge(long readerId, boolean shows) {
        jdbc.sql("""
                        insert into supporter_preference (reader_id, shows_badge) values (:reader, :shows)
                        on conflict (reader_id) do update set shows_badge = excluded.shows_badge""")
                .param("reader", readerId).param("shows", shows).update();
    }

    boolean choseBadge(long readerId) {
        return jdbc.sql("select shows_badge from supporter_preference where reader_id = :reader")
                .param("reader", readerId).query(Boolean.class).optional().orElse(false);
    }
}
