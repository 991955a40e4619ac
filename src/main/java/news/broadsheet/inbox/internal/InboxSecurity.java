package news.broadsheet.inbox.internal;

import news.broadsheet.site.PublicSiteSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

/** The inbox and the Following page are open only to a signed-in reader; others are sent to sign in. */
@Component
class InboxSecurity implements PublicSiteSecurity {

    static final String NOTIFICATIONS = "/account/notifications";
    static final String FOLLOWING = "/account/following";

    @Override
    public void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(NOTIFICATIONS, NOTIFICATIONS + "/**", FOLLOWING).authenticated());
    }
}
