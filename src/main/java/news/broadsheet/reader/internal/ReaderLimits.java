package news.broadsheet.reader.internal;

import java.time.Duration;
import java.util.Locale;
import news.broadsheet.platform.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often readers may try to register, sign in and reset a password: per account (the address typed,
 * known or not, so the limits reveal nothing) and per network address, counted in PostgreSQL across nodes.
 */
@Component
class ReaderLimits {

    static final int SIGN_INS_PER_ACCOUNT = 10;
    static final Duration SIGN_IN_WINDOW = Duration.ofMinutes(15);
    static final int MAILS_PER_ACCOUNT = 3;
    static final Duration MAIL_WINDOW = Duration.ofHours(1);

    private final RateLimits rateLimits;
    private final int perAddress;

    /** {@code perAddress} is generous because many readers can share one address (a university, a mobile network). */
    ReaderLimits(RateLimits rateLimits, @Value("${broadsheet.readers.attempts-per-address:100}") int perAddress) {
        this.rateLimits = rateLimits;
        this.perAddress = perAddress;
    }

    boolean signInAllowed(String email, String address) {
        boolean account = rateLimits.tryAcquire("reader-sign-in:account:" + key(email), SIGN_INS_PER_ACCOUNT, SIGN_IN_WINDOW);
        boolean network = rateLimits.tryAcquire("reader-sign-in:address:" + address, perAddress, SIGN_IN_WINDOW);
        return account && network;
    }

    /** Registrations, resets and the like from one network address per hour. */
    boolean addressAllowed(String action, String address) {
        return rateLimits.tryAcquire("reader-" + action + ":address:" + address, perAddress, MAIL_WINDOW);
    }

    /** Mail of one kind to one address per hour, so nobody can use the site to flood someone's inbox. */
    boolean mailAllowed(String action, String email) {
        return rateLimits.tryAcquire("reader-" + action + ":account:" + key(email), MAILS_PER_ACCOUNT, MAIL_WINDOW);
    }

    /** Profile edits per account per hour: plenty for a person, few for a script. */
    boolean profileEditAllowed(long readerId) {
        return rateLimits.tryAcquire("reader-profile:account:" + readerId, 30, MAIL_WINDOW);
    }

    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
