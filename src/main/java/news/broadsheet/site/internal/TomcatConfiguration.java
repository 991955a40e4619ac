package news.broadsheet.site.internal;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat would answer an encoded slash in a path ({@code %2F}) itself, with its own bare error page.
 * Passed through, the request reaches Spring Security's firewall, which refuses it the same way, and the
 * reader gets the site's own 400 page with the site's security headers.
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

    @Bean
    TomcatConnectorCustomizer encodedSlashesReachTheFirewall() {
        return connector -> connector.setEncodedSolidusHandling("passthrough");
    }
}
