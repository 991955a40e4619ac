package news.broadsheet.reader.internal;

import java.util.Optional;
import news.broadsheet.reader.Readers;
import news.broadsheet.reader.UnreadNotifications;
import org.springframework.beans.factory.ObjectProvider;
import news.broadsheet.site.MastheadAccount;
import news.broadsheet.site.MastheadAccounts;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The signed-in reader's name, sign-out form and unread notifications (counted by whichever module keeps
 * them, through {@link UnreadNotifications}) in every page's masthead; nothing at all for a visitor.
 */
@Component
class ReaderMasthead implements MastheadAccounts {

    private final Readers readers;
    private final ObjectProvider<UnreadNotifications> notifications;

    ReaderMasthead(Readers readers, ObjectProvider<UnreadNotifications> notifications) {
        this.readers = readers;
        this.notifications = notifications;
    }

    @Override
    public Optional<MastheadAccount> signedIn() {
        if (ReaderSessions.signedInId().isEmpty()
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
                || !(attributes.getRequest().getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf)) {
            return Optional.empty();
        }
        UnreadNotifications unread = notifications.getIfAvailable();
        return readers.current().map(reader -> new MastheadAccount(reader.displayName(), "/account",
                ReaderSecurity.LOGOUT, csrf.getParameterName(), csrf.getToken(),
                unread == null ? null : unread.href(), unread == null ? 0 : unread.unreadFor(reader.id())));
    }
}
