package news.broadsheet.reader.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.mail.Mailer;
import news.broadsheet.reader.ReaderDeleted;
import news.broadsheet.site.Site;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a signed-in reader changes about their own account: name and bio, password, e-mail address (once the
 * new address is confirmed by a link sent to it), and deleting it. Changes that could lock the owner out
 * ask for the current password, counted like sign-in attempts.
 */
@Component
class AccountSettings {

    static final Duration EMAIL_CHANGE_LIFETIME = Duration.ofHours(24);

    /** How confirming a new address went. */
    enum EmailChange { CHANGED, TAKEN, INVALID_LINK }

    private final ReaderRepository readers;
    private final ReaderTokens tokens;
    private final ReaderPasswords passwords;
    private final ReaderLimits limits;
    private final Mailer mailer;
    private final Site site;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    AccountSettings(ReaderRepository readers, ReaderTokens tokens, ReaderPasswords passwords, ReaderLimits limits,
                    Mailer mailer, Site site, ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.readers = readers;
        this.tokens = tokens;
        this.passwords = passwords;
        this.limits = limits;
        this.mailer = mailer;
        this.site = site;
        this.events = events;
        this.transaction = transaction;
    }

    /** Problems by field; empty when the new name and bio are stored. */
    Map<String, String> updateProfile(long readerId, String rawDisplayName, String rawBio) {
        ReaderInput.Checked name = ReaderInput.displayName(rawDisplayName);
        ReaderInput.Checked bio = ReaderInput.bio(rawBio);
        Map<String, String> problems = new LinkedHashMap<>();
        if (name.refused()) {
            problems.put("displayName", name.problem());
        }
        if (bio.refused()) {
            problems.put("bio", bio.problem());
        }
        if (problems.isEmpty() && !limits.profileEditAllowed(readerId)) {
            problems.put("profile", "You have changed your profile many times in the last hour. Please try again later.");
        }
        if (problems.isEmpty()) {
            readers.updateProfile(readerId, name.value(), bio.value());
        }
        return problems;
    }

    /** Problems by field, or the account's new sign-in epoch once the password is changed. */
    Optional<Map<String, String>> changePassword(long readerId, String current, String rawNew, String networkAddress) {
        StoredReader reader = readers.byId(readerId).orElseThrow();
        Map<String, String> problems = new LinkedHashMap<>();
        passwordProblem(reader, current, networkAddress).ifPresent(problem -> problems.put("currentPassword", problem));
        ReaderInput.Checked next = ReaderInput.password(rawNew);
        if (next.refused()) {
            problems.put("newPassword", next.problem());
        }
        if (!problems.isEmpty()) {
            return Optional.of(problems);
        }
        String hash = passwords.hash(next.value());
        transaction.executeWithoutResult(status -> {
            readers.changePassword(readerId, hash);
            tokens.revoke(readerId, ReaderTokens.Purpose.RESET);
            mailer.send(reader.email(), "Your password at " + site.name() + " was changed", """
                    Hello %s,

                    The password of your account at %s was just changed, and every other device signed in to it
                    was signed out. If it was not you, choose a new password at once: %s
                    """.formatted(reader.displayName(), site.name(), site.absolute("/account/reset")));
        });
        return Optional.empty();
    }

    /**
     * Sends a confirmation link to the new address (and a note to the old one); the address changes only when
     * the link is opened. If another account has the new address, its owner is told instead, and the person
     * asking sees the same answer either way.
     */
    Map<String, String> requestEmailChange(long readerId, String rawEmail, String password, String networkAddress) {
        StoredReader reader = readers.byId(readerId).orElseThrow();
        Map<String, String> problems = new LinkedHashMap<>();
        ReaderInput.Checked email = ReaderInput.email(rawEmail);
        if (email.refused()) {
            problems.put("newEmail", email.problem());
        } else if (email.value().equalsIgnoreCase(reader.email())) {
            problems.put("newEmail", "That is already your address.");
        }
        passwordProblem(reader, password, networkAddress).ifPresent(problem -> problems.put("emailPassword", problem));
        if (!problems.isEmpty() || !limits.mailAllowed("change-email", email.value())) {
            return problems;
        }
        transaction.executeWithoutResult(status -> {
            if (readers.byEmail(email.value()).isPresent()) {
                mailer.send(email.value(), "An account at " + site.name() + " already uses this address", """
                        Hello,

                        Someone asked to move their account at %s to this e-mail address, but an account already
                        uses it, so nothing has changed. If you forgot your password, choose a new one: %s
                        """.formatted(site.name(), site.absolute("/account/reset")));
                return;
            }
            String token = tokens.issue(readerId, ReaderTokens.Purpose.CHANGE_EMAIL, EMAIL_CHANGE_LIFETIME, email.value());
            mailer.send(email.value(), "Confirm your new e-mail address for " + site.name(), """
                    Hello %s,

                    Open this link to use this address for your account at %s:

                    %s

                    The link works once, within 24 hours. If you did not ask for this, ignore this message.
                    """.formatted(reader.displayName(), site.name(), site.absolute("/account/email/confirm?token=" + token)));
            mailer.send(reader.email(), "Your e-mail address at " + site.name() + " is being changed", """
                    Hello %s,

                    Someone signed in to your account at %s asked to change its e-mail address. It changes only
                    when the link sent to the new address is opened. If it was not you, change your password now:
                    %s
                    """.formatted(reader.displayName(), site.name(), site.absolute("/account")));
        });
        return problems;
    }

    EmailChange confirmEmailChange(String token) {
        return transaction.execute(status -> {
            Optional<ReaderTokens.Use> use = tokens.consume(ReaderTokens.Purpose.CHANGE_EMAIL, token);
            if (use.isEmpty()) {
                return EmailChange.INVALID_LINK;
            }
            if (!readers.changeEmail(use.get().readerId(), use.get().newEmail())) {
                return EmailChange.TAKEN;
            }
            readers.markVerified(use.get().readerId());
            return EmailChange.CHANGED;
        });
    }

    /**
     * Deletes the account after checking the password: {@link ReaderDeleted} goes to the other modules in the
     * same transaction, before the row is deleted, so the account and what refers to it go together or not
     * at all.
     */
    Optional<String> delete(long readerId, String password, boolean keepComments, String networkAddress) {
        StoredReader reader = readers.byId(readerId).orElseThrow();
        Optional<String> problem = passwordProblem(reader, password, networkAddress);
        if (problem.isPresent()) {
            return problem;
        }
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new ReaderDeleted(readerId, keepComments));
            readers.delete(readerId);
            mailer.send(reader.email(), "Your account at " + site.name() + " is deleted", """
                    Hello %s,

                    Your account at %s has been deleted, as you asked. %s
                    Thank you for having been part of the conversation.
                    """.formatted(reader.displayName(), site.name(), keepComments
                    ? "Your comments stay up, shown as by a deleted reader."
                    : "Your comments have been removed."));
        });
        return Optional.empty();
    }

    private Optional<String> passwordProblem(StoredReader reader, String password, String networkAddress) {
        if (!limits.signInAllowed(reader.email(), networkAddress)) {
            return Optional.of("Too many password attempts. Please wait 15 minutes and try again.");
        }
        if (password == null || password.length() > ReaderInput.MAX_PASSWORD || !passwords.matches(password, reader.passwordHash())) {
            return Optional.of("That is not your current password.");
        }
        return Optional.empty();
    }
}
