package news.broadsheet.reader.internal;

import java.util.Set;
import news.broadsheet.site.PersonalCookies;
import org.springframework.stereotype.Component;

/**
 * A reader whose session has expired still carries the remember-me cookie: their next page has to reach the
 * security chain, which signs them in again, rather than be answered with the page everyone shares.
 */
@Component
class ReaderCookies implements PersonalCookies {

    @Override
    public Set<String> names() {
        return Set.of(ReaderRememberMe.COOKIE);
    }
}
