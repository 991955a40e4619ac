package news.broadsheet.site.internal;

import java.util.List;
import news.broadsheet.site.PublicSiteSecurity;
import news.broadsheet.site.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * The public site: open to everyone; state-changing requests need a CSRF token. The token lives in a
 * cookie rather than a session, so a reader's script can use it without the server keeping a session for
 * every reader, and is only issued to pages that ask for it, so cached pages stay shareable. Other modules
 * add their part (readers' sign-in) through {@link PublicSiteSecurity}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain publicSite(HttpSecurity http, List<PublicSiteSecurity> parts) throws Exception {
        for (PublicSiteSecurity part : parts) {
            part.configure(http);
        }
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()));
        SecurityHeaders.apply(http);
        return http.build();
    }
}
