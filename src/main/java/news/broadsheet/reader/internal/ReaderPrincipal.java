package news.broadsheet.reader.internal;

import java.io.Serializable;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * Who a reader's session belongs to: only the id, so the session holds nothing private and a renamed or
 * deleted account is seen as such on the next request, and the account's sign-in epoch at sign-in, so a
 * password change ends the sign-ins made before it. The name is the id, which remember-me tokens carry.
 */
record ReaderPrincipal(long readerId, int signInEpoch) implements AuthenticatedPrincipal, Serializable {

    @Override
    public String getName() {
        return String.valueOf(readerId);
    }
}
