package news.broadsheet.reader.internal;

import java.util.Optional;
import news.broadsheet.reader.Readers;
import news.broadsheet.site.MastheadAccount;
import news.broadsheet.site.MastheadAccounts;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The signed-in reader's name and sign-out form in every page's masthead; nothing at all for a visitor. */
@Component
class ReaderMasthead implements MastheadAccounts {

    private final Readers readers;

    ReaderMasthead(Readers readers) {
        this.readers = readers;
    }

    @Override
    public Optional<MastheadAccount> signedIn() {
        if (ReaderSessions.signedInId().isEmpty()
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
                || !(attributes.getRequest().getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf)) {
            return Optional.empty();
        }
        return readers.current().map(reader -> new MastheadAccount(reader.displayName(), "/account",
                ReaderSecurity.LOGOUT, csrf.getParameterName(), csrf.getToken()));
    }
}
