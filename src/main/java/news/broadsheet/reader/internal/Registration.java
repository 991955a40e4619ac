package news.broadsheet.reader.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.mail.Mailer;
import news.broadsheet.site.Site;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registration and the confirmation of a reader's address. Whether the address already has an account or
 * not, the person registering sees the same answer; the address's owner gets the e-mail that fits.
 */
@Component
class Registration {

    static final Duration CONFIRMATION_LIFETIME = Duration.ofHours(24);

    /** What a registration came to: problems with the form by field, or too many tries from this address. */
    record Result(Map<String, String> problems, boolean tooMany) {

        boolean accepted() {
            return problems.isEmpty() && !tooMany;
        }
    }

    private final ReaderRepository readers;
    private final ReaderTokens tokens;
    private final ReaderPasswords passwords;
    private final ReaderLimits limits;
    private final Mailer mailer;
    private final Site site;
    private final TransactionTemplate transaction;

    Registration(ReaderRepository readers, ReaderTokens tokens, ReaderPasswords passwords, ReaderLimits limits,
                 Mailer mailer, Site site, TransactionTemplate transaction) {
        this.readers = readers;
        this.tokens = tokens;
        this.passwords = passwords;
        this.limits = limits;
        this.mailer = mailer;
        this.site = site;
        this.transaction = transaction;
    }

    Result register(String rawEmail, String rawDisplayName, String rawPassword, String networkAddress) {
        ReaderInput.Checked email = ReaderInput.email(rawEmail);
        ReaderInput.Checked name = ReaderInput.displayName(rawDisplayName);
        ReaderInput.Checked password = ReaderInput.password(rawPassword);
        Map<String, String> problems = new LinkedHashMap<>();
        if (email.refused()) {
            problems.put("email", email.problem());
        }
        if (name.refused()) {
            problems.put("displayName", name.problem());
        }
        if (password.refused()) {
            problems.put("password", password.problem());
        }
        if (!problems.isEmpty()) {
            return new Result(problems, false);
        }
        if (!limits.addressAllowed("register", networkAddress)) {
            return new Result(Map.of(), true);
        }
        // Hashed whether or not the address is taken, so the answer takes as long either way.
        String hash = passwords.hash(password.value());
        if (limits.mailAllowed("register", email.value())) {
            transaction.executeWithoutResult(status -> registerOrTellOwner(email.value(), name.value(), hash));
        }
        return new Result(Map.of(), false);
    }

    private void registerOrTellOwner(String email, String displayName, String hash) {
        Optional<Long> created = readers.create(email, displayName, hash);
        if (created.isPresent()) {
            sendConfirmation(created.get(), email, displayName);
            return;
        }
        StoredReader existing = readers.byEmail(email).orElseThrow();
        if (existing.verified()) {
            mailer.send(existing.email(), "You already have an account at " + site.name(), """
                    Hello %s,

                    Someone, perhaps you, tried to register at %s with this e-mail address. You already have an
                    account, so nothing has changed.

                    Sign in: %s
                    Forgotten your password? Choose a new one: %s

                    If it was not you, you can ignore this message.
                    """.formatted(existing.displayName(), site.name(), site.absolute("/account/login"),
                    site.absolute("/account/reset")));
            return;
        }
        // Nobody has confirmed this address yet, so nobody owns the account: the newest registration wins,
        // and only whoever reads this address's mail can confirm it.
        readers.replaceUnverified(existing.id(), displayName, hash);
        tokens.revoke(existing.id(), ReaderTokens.Purpose.VERIFY);
        sendConfirmation(existing.id(), existing.email(), displayName);
    }

    /** Sends a new confirmation link to a reader who tried to sign in before confirming, at most a few an hour. */
    void resendConfirmation(long readerId) {
        transaction.executeWithoutResult(status -> readers.byId(readerId)
                .filter(reader -> !reader.verified())
                .filter(reader -> limits.mailAllowed("confirm", reader.email()))
                .ifPresent(reader -> sendConfirmation(reader.id(), reader.email(), reader.displayName())));
    }

    /** Confirms the address the token was sent to; the reader it belongs to, if the token was good. */
    Optional<Long> confirm(String token) {
        return transaction.execute(status -> tokens.consume(ReaderTokens.Purpose.VERIFY, token).map(use -> {
            readers.markVerified(use.readerId());
            return use.readerId();
        }));
    }

    private void sendConfirmation(long readerId, String email, String displayName) {
        String token = tokens.issue(readerId, ReaderTokens.Purpose.VERIFY, CONFIRMATION_LIFETIME, null);
        mailer.send(email, "Confirm your e-mail address for " + site.name(), """
                Hello %s,

                Thank you for registering at %s. Open this link to confirm your address; you will be signed in:

                %s

                The link works once, within 24 hours. If you did not register, ignore this message and nothing
                more will happen.
                """.formatted(displayName, site.name(), site.absolute("/account/verify?token=" + token)));
    }
}
