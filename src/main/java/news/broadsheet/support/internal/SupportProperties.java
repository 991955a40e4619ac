package news.broadsheet.support.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code provider}: {@code test} (the default: a checkout marked TEST MODE that takes no money) or
 * {@code stripe}. The Stripe secret key creates checkouts and cancels subscriptions; the webhook signing
 * secret is what Stripe signs its events with, and Stripe events are accepted only when it is set.
 * {@code apiBase} is Stripe's API, replaced only by tests.
 */
@ConfigurationProperties("broadsheet.support")
record SupportProperties(@DefaultValue("test") String provider, @DefaultValue Stripe stripe) {

    record Stripe(String secretKey, String webhookSecret, @DefaultValue("https://api.stripe.com") String apiBase) {
    }
}
