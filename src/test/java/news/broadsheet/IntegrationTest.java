package news.broadsheet;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test against the whole application on a random port, with a fresh embedded PostgreSQL loaded with the
 * demo content. Every test class with this annotation shares one running application, and every test signs
 * in from the same address, so the per-address limits on staff and reader sign-in (and readers' registrations),
 * and on posting comments, are lifted. Alerts may go to a push service on this machine over plain HTTP, as the independent push service in
 * the tests is one. Stripe events signed with {@link #STRIPE_WEBHOOK_SECRET} are accepted, while contributions
 * go through the test provider.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "broadsheet.embedded-database.directory=target/test-postgres/${random.uuid}",
        "broadsheet.embedded-database.clean=true",
        "broadsheet.demo.enabled=true",
        "broadsheet.newsroom.sign-in-attempts-per-address=100000",
        "broadsheet.readers.attempts-per-address=100000",
        "broadsheet.comments.posts-per-address=100000",
        "broadsheet.alerts.allow-plain-http=true",
        "broadsheet.alerts.push-service-hosts=localhost",
        "broadsheet.support.stripe.webhook-secret=" + IntegrationTest.STRIPE_WEBHOOK_SECRET
})
public @interface IntegrationTest {

    /** The signing secret the application checks Stripe events against; tests sign their events with it. */
    String STRIPE_WEBHOOK_SECRET = "whsec_integration_test_secret";
}
