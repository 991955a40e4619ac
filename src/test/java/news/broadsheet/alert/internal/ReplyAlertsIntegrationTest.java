package news.broadsheet.alert.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.Browserless;
import news.broadsheet.Eventually;
import news.broadsheet.IntegrationTest;
import news.broadsheet.alert.internal.IndependentPushService.Subscriber;
import news.broadsheet.alert.internal.push.VapidKeys;
import news.broadsheet.inbox.CommentEventsFixture;
import news.broadsheet.mail.MailOutbox;
import news.broadsheet.reader.ReaderDeleted;
import news.broadsheet.reader.ReaderFixtures;
import news.broadsheet.reader.ReaderFixtures.SignedInReader;
import news.broadsheet.reader.Readers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alerts about replies to a reader's comments: chosen only by a signed-in reader's browser, sent through a real
 * push service that decrypts them when the inbox tells the reader of a reply, kept when the reader signs out
 * or the browser renews its subscription, and undone when the account is deleted.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplyAlertsIntegrationTest {

    /** Each browser here comes from its own address, so the per-address limit on subscription changes is its own. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @LocalServerPort
    int port;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Readers readers;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    VapidKeys vapid;

    private IndependentPushService pushService;
    private ReaderFixtures fixtures;
    private CommentEventsFixture comments;

    @BeforeAll
    void startPushService() throws Exception {
        pushService = IndependentPushService.start();
    }

    @AfterAll
    void stopPushService() throws InterruptedException {
        if (pushService != null) {
            pushService.close();
        }
    }

    @BeforeEach
    void fixtures() {
        fixtures = new ReaderFixtures(port, outbox, readers);
        comments = new CommentEventsFixture(events, transaction, jdbc);
    }

    @Test
    void aReplyReachesTheBrowsersOfItsReaderThatChoseRepliesDecryptedAndLeadingToTheReply() throws Exception {
        SignedInReader ana = signedIn("Ana Alerted");
        SignedInReader ben = signedIn("Ben Answers");
        Subscriber anasPhone = pushService.subscribe(vapid.publicKey());
        Subscriber anasLaptop = pushService.subscribe(vapid.publicKey());
        Subscriber bensPhone = pushService.subscribe(vapid.publicKey());
        assertThat(save(ana.browser(), anasPhone, List.of("breaking", "replies"), null).statusCode()).isEqualTo(200);
        assertThat(save(ana.browser(), anasLaptop, List.of("breaking"), null).statusCode()).isEqualTo(200);
        assertThat(save(ben.browser(), bensPhone, List.of("replies"), null).statusCode()).isEqualTo(200);

        long anas = comments.topLevel(ana.profile().id(), "Talks in Sochi", "The talks went nowhere.");
        long reply = comments.reply(ben.profile().id(), anas, ana.profile().id(), Set.of(ana.profile().id()),
                "Talks in Sochi", "I think they went somewhere.");

        List<JsonNode> received = receivedWithin(anasPhone, 1);
        JsonNode message = received.getFirst();
        assertThat(message.path("title").asString()).isEqualTo("Ben Answers replied to your comment");
        assertThat(message.path("body").asString()).isEqualTo("On “Talks in Sochi”: I think they went somewhere.");
        assertThat(message.path("url").asString()).isEqualTo("/comments/" + reply);
        assertThat(message.path("tag").asString()).isEqualTo("reply-" + reply);
        assertThat(pushService.received(anasLaptop)).as("a browser that did not choose replies").isEmpty();
        assertThat(pushService.received(bensPhone)).as("a reader none of whose comments was answered").isEmpty();
        Subscriptions.Stored phone = subscriptions.byEndpoint(anasPhone.target().endpoint()).orElseThrow();
        assertThat(phone.readerId()).isEqualTo(ana.profile().id());
        assertThat(phone.lastSuccess()).isNotNull();
    }

    @Test
    void aReaderWhoMutedTheReplierIsNotAlerted() throws Exception {
        SignedInReader ana = signedIn("Ana Mutes");
        SignedInReader ben = signedIn("Ben Muted");
        SignedInReader cleo = signedIn("Cleo Heard");
        Subscriber anasPhone = pushService.subscribe(vapid.publicKey());
        save(ana.browser(), anasPhone, List.of("replies"), null);
        ana.browser().get(ben.profile().path());
        assertThat(ana.browser().post(ben.profile().path() + "/mute", Map.of()).statusCode()).isEqualTo(302);

        long anas = comments.topLevel(ana.profile().id(), "Muted thread", "Ana's comment");
        comments.reply(ben.profile().id(), anas, ana.profile().id(), Set.of(ana.profile().id()), "Muted thread", "From Ben");
        comments.reply(cleo.profile().id(), anas, ana.profile().id(), Set.of(ana.profile().id()), "Muted thread", "From Cleo");

        List<JsonNode> received = receivedWithin(anasPhone, 1);
        assertThat(received).extracting(message -> message.path("title").asString())
                .containsExactly("Cleo Heard replied to your comment");
    }

    @Test
    void onlyASignedInReaderCanChooseRepliesAndTheChoiceOutlastsSigningOutAndARenewedSubscription() throws Exception {
        Browserless visitor = new Browserless(port).from(nextAddress());
        JsonNode anonymous = JsonMapper.shared().readTree(visitor.get("/alerts/options").body());
        assertThat(anonymous.path("signedIn").asBoolean()).isFalse();
        Subscriber browser = pushService.subscribe(vapid.publicKey());
        HttpResponse<String> refused = save(visitor, browser, List.of("breaking", "replies"), null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JsonMapper.shared().readTree(refused.body()).path("field").asString()).isEqualTo("topics");
        assertThat(subscriptions.byEndpoint(browser.target().endpoint())).isEmpty();

        SignedInReader ana = signedIn("Ana Signs Out");
        assertThat(JsonMapper.shared().readTree(ana.browser().get("/alerts/options").body()).path("signedIn").asBoolean())
                .isTrue();
        assertThat(save(ana.browser(), browser, List.of("breaking", "replies"), null).statusCode()).isEqualTo(200);

        Browserless signedOut = new Browserless(port).from(nextAddress());
        assertThat(save(signedOut, browser, List.of("replies"), null).statusCode())
                .as("the same browser, its reader signed out, changing its topics").isEqualTo(200);
        Subscriber renewed = pushService.subscribe(vapid.publicKey());
        assertThat(save(signedOut, renewed, List.of("replies"), browser.target().endpoint()).statusCode())
                .as("the service worker renewing the subscription the push service replaced").isEqualTo(200);
        assertThat(subscriptions.byEndpoint(renewed.target().endpoint()).orElseThrow().readerId())
                .isEqualTo(ana.profile().id());
        assertThat(subscriptions.byEndpoint(browser.target().endpoint()).orElseThrow().topics()).containsExactly("replies");
    }

    @Test
    void theReadersBrowsersAreInTheirDataAndDeletingTheAccountUntiesThemKeepingTheirOtherAlerts() throws Exception {
        SignedInReader ana = signedIn("Ana Leaves");
        Subscriber onlyReplies = pushService.subscribe(vapid.publicKey());
        Subscriber alsoBreaking = pushService.subscribe(vapid.publicKey());
        save(ana.browser(), onlyReplies, List.of("replies"), null);
        save(ana.browser(), alsoBreaking, List.of("breaking", "replies"), null);
        JsonNode exported = JsonMapper.shared().readTree(ana.browser().get("/account/data").body()).path("alerts");
        assertThat(exported.findValuesAsString("pushService")).containsExactly("localhost", "localhost");
        assertThat(exported.get(1).path("topics").toString()).isEqualTo("[\"breaking\",\"replies\"]");
        assertThat(exported.toString()).as("keys are not the reader's to download")
                .doesNotContain(base64(onlyReplies.target().p256dh())).doesNotContain("p256dh");

        transaction.executeWithoutResult(status -> events.publishEvent(new ReaderDeleted(ana.profile().id(), false)));

        assertThat(subscriptions.byEndpoint(onlyReplies.target().endpoint())).isEmpty();
        Subscriptions.Stored kept = subscriptions.byEndpoint(alsoBreaking.target().endpoint()).orElseThrow();
        assertThat(kept.topics()).containsExactly("breaking");
        assertThat(kept.readerId()).isNull();
    }

    private SignedInReader signedIn(String name) {
        SignedInReader reader = fixtures.signedIn(name);
        reader.browser().from(nextAddress());
        return reader;
    }

    private static String nextAddress() {
        return "198.51.100." + ADDRESSES.getAndIncrement();
    }

    /**
     * Saves the subscription as alerts.js does, with a CSRF token from the account page, or for a visitor from
     * the sign-in page.
     */
    private HttpResponse<String> save(Browserless browser, Subscriber subscriber, List<String> topics, String replaces) {
        if (browser.get("/account").statusCode() != 200) {
            browser.get("/account/login");
        }
        Map<String, Object> body = new LinkedHashMap<>(Map.of(
                "endpoint", subscriber.target().endpoint(),
                "keys", Map.of("p256dh", base64(subscriber.target().p256dh()), "auth", base64(subscriber.target().auth())),
                "edition", "uk",
                "topics", topics));
        if (replaces != null) {
            body.put("replaces", replaces);
        }
        return browser.postJson("/alerts/subscriptions", JsonMapper.shared().writeValueAsString(body));
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private List<JsonNode> receivedWithin(Subscriber subscriber, int count) throws Exception {
        Eventually.within(Duration.ofSeconds(20), count + " message(s) at the push service", () -> {
            try {
                return pushService.received(subscriber).size() >= count;
            } catch (Exception unreachable) {
                throw new IllegalStateException(unreachable);
            }
        });
        return pushService.received(subscriber);
    }
}
