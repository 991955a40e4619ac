package news.broadsheet.site;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A module's part of the public site's security filter chain (the reader module's sign-in, for one).
 * Applied before the site's own rules, so its URL rules come before the site's "everything else is open".
 */
public interface PublicSiteSecurity {

    void configure(HttpSecurity http) throws Exception;
}
