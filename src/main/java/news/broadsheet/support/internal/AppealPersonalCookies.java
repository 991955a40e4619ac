package news.broadsheet.support.internal;

import java.util.Set;
import news.broadsheet.site.PersonalCookies;
import org.springframework.stereotype.Component;

/** A guest who contributed or dismissed the appeal gets their own variant of each article, never the shared one. */
@Component
class AppealPersonalCookies implements PersonalCookies {

    @Override
    public Set<String> names() {
        return Set.of(AppealCookies.SUPPORTED, AppealCookies.DISMISSED);
    }
}
