package news.broadsheet.site;

import java.util.Optional;

/** Who, if anyone, is signed in to the public site on the current request; the reader module answers. */
public interface MastheadAccounts {

    Optional<MastheadAccount> signedIn();
}
