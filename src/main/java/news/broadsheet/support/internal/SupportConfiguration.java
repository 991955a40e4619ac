package news.broadsheet.support.internal;

import java.net.http.HttpClient;
import java.time.Duration;
import news.broadsheet.site.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.StringUtils;

/** Picks the payment provider from configuration and lets the provider's webhooks in without a CSRF token. */
@Configuration(proxyBeanMethods = false)
class SupportConfiguration {

    @Bean
    PaymentProvider paymentProvider(SupportProperties properties) {
        return switch (properties.provider()) {
            case TestPaymentProvider.NAME -> new TestPaymentProvider();
            case StripePaymentProvider.NAME -> {
                SupportProperties.Stripe stripe = properties.stripe();
                if (!StringUtils.hasText(stripe.secretKey()) || !StringUtils.hasText(stripe.webhookSecret())) {
                    throw new IllegalStateException("broadsheet.support.provider=stripe needs "
                            + "BROADSHEET_SUPPORT_STRIPE_SECRET_KEY and BROADSHEET_SUPPORT_STRIPE_WEBHOOK_SECRET");
                }
                yield new StripePaymentProvider(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(),
                        stripe.apiBase(), stripe.secretKey());
            }
            default -> throw new IllegalStateException("broadsheet.support.provider must be test or stripe, not "
                    + properties.provider());
        };
    }

    /**
     * A provider's webhook proves itself by its signature, not by a CSRF token (it has no page to take one
     * from), and keeps no session. Every other support page stays under the public site's rules.
     */
    @Bean
    @Order(2)
    SecurityFilterChain supportWebhooks(HttpSecurity http) throws Exception {
        http.securityMatcher("/support/webhooks/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        SecurityHeaders.apply(http);
        return http.build();
    }
}
