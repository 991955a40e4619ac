package news.broadsheet.reader.internal;

import java.time.Duration;
import java.util.Optional;
import news.broadsheet.mail.Mailer;
import news.broadsheet.site.Site;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Forgotten your password?": a link, valid once for an hour, sent only if an account uses the address;
 * the person asking sees the same answer either way. Choosing the new password through it also confirms the
 * address and ends every other sign-in.
 */
@Component
class PasswordReset {

    static final Duration LIFETIME = Duration.ofHours(1);

    /** How a request for a reset link went: a problem with the address typed, or too many from this network. */
    record Request(String problem, boolean tooMany) {
    }

    private final ReaderRepository readers;
    private final ReaderTokens tokens;
    private final ReaderPasswords passwords;
    private final ReaderLimits limits;
    private final Mailer mailer;
    private final Site site;
    private final TransactionTemplate transaction;

    PasswordReset(ReaderRepository readers, ReaderTokens tokens, ReaderPasswords passwords, ReaderLimits limits,
                  Mailer mailer, Site site, TransactionTemplate transaction) {
        this.readers = readers;
        this.tokens = tokens;
        this.passwords = passwords;
        this.limits = limits;
        this.mailer = mailer;
        this.site = site;
        this.transaction = transaction;
    }

    Request request(String rawEmail, String networkAddress) {
        ReaderInput.Checked email = ReaderInput.email(rawEmail);
        if (email.refused()) {
            return new Request(email.problem(), false);
        }
        if (!limits.addressAllowed("reset", networkAddress)) {
            return new Request(null, true);
        }
        if (limits.mailAllowed("reset", email.value())) {
            transaction.executeWithoutResult(status -> readers.byEmail(email.value()).ifPresent(reader -> {
                String token = tokens.issue(reader.id(), ReaderTokens.Purpose.RESET, LIFETIME, null);
                mailer.send(reader.email(), "Choose a new password for " + site.name(), """
                        Hello %s,

                        Open this link to choose a new password for your account at %s:

                        %s

                        The link works once, within an hour. If you did not ask for it, ignore this message: your
                        password stays as it is.
                        """.formatted(reader.displayName(), site.name(), site.absolute("/account/reset/choose?token=" + token)));
            }));
        }
        return new Request(null, false);
    }

    boolean usable(String token) {
        return tokens.usable(ReaderTokens.Purpose.RESET, token);
    }

    /** The reader whose password is now the new one; empty if the link was no good. */
    Optional<Long> complete(String token, String newPassword) {
        String hash = passwords.hash(newPassword);
        return transaction.execute(status -> tokens.consume(ReaderTokens.Purpose.RESET, token).map(use -> {
            readers.changePassword(use.readerId(), hash);
            readers.markVerified(use.readerId());
            tokens.revoke(use.readerId(), ReaderTokens.Purpose.RESET);
            return use.readerId();
        }));
    }
}
