package news.broadsheet.reader.internal;

import java.time.Duration;
import java.util.List;
import news.broadsheet.reader.ReaderDeleted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registrations nobody confirmed within a week are deleted: the address's owner never asked for them, or
 * will register again. Each goes like an account its reader deleted, with {@link ReaderDeleted}.
 */
@Component
class UnconfirmedAccounts {

    static final Duration KEPT_FOR = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final ReaderRepository readers;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    UnconfirmedAccounts(JdbcClient jdbc, ReaderRepository readers, ApplicationEventPublisher events,
                        TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.readers = readers;
        this.events = events;
        this.transaction = transaction;
    }

    void forgetOld() {
        List<Long> old = jdbc.sql("""
                        select id from reader
                        where verified_at is null and joined_at < now() - make_interval(secs => :seconds)
                        order by id limit 1000""")
                .param("seconds", KEPT_FOR.toSeconds())
                .query(Long.class).list();
        for (long id : old) {
            transaction.executeWithoutResult(status -> {
                events.publishEvent(new ReaderDeleted(id, false));
                readers.delete(id);
            });
        }
    }
}
