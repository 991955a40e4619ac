package news.broadsheet.alert.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code pushServiceHosts}: the push services subscriptions may point at (a host or any subdomain of it).
 * Browsers only ever hand out endpoints of their vendor's push service, and sending only there keeps a
 * forged subscription from turning the alert sender against other servers. {@code allowPlainHttp} is for
 * tests against a local push service.
 */
@ConfigurationProperties("broadsheet.alerts")
record AlertProperties(
        @DefaultValue({"fcm.googleapis.com", "android.googleapis.com", "push.services.mozilla.com",
                "notify.windows.com", "push.apple.com"}) List<String> pushServiceHosts,
        @DefaultValue("false") boolean allowPlainHttp) {
}
