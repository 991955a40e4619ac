package news.broadsheet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.Browserless;
import news.broadsheet.IntegrationTest;
import news.broadsheet.mail.MailOutbox;
import news.broadsheet.newsroom.internal.Role;
import news.broadsheet.newsroom.internal.StaffService;
import news.broadsheet.reader.ReaderFixtures;
import news.broadsheet.reader.Readers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The alert opt-in, polite (never a prompt on arrival), and the service worker: a push is shown, a click on it
 * leads to the story on this site only and is counted, and a replaced push subscription is renewed.
 */
@IntegrationTest
class AlertOptInBrowserTest extends BrowserSupport {

    private static final int SLOW_MACHINE_MS = 60_000;

    private static final String STAFF_PASSWORD = "correct horse battery";

    /** A push subscription's keys as a browser describes them, made with the browser's own Web Crypto. */
    private static final String SUBSCRIPTION_KEYS = """
            async () => {
              const base64url = (bytes) => btoa(String.fromCharCode(...bytes))
                .replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');
              const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
              const p256dh = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
              return { p256dh: base64url(p256dh), auth: base64url(crypto.getRandomValues(new Uint8Array(16))) };
            }""";

    @LocalServerPort
    int port;
    @Autowired
    StaffService staffService;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Readers readers;

    private Browserless editor;

    @Test
    void theOfferWaitsUntilTheReaderHasReadAndNeverPromptsByItself() {
        page.navigate(LeadArticle.PATH);
        Locator offer = page.locator("[data-alert-offer]");
        assertThat(offer).isHidden();

        page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)");

        assertThat(offer).isVisible();
        assertThat(offer).containsText("Breaking news");
        assertThat(page.evaluate("() => Notification.permission")).isEqualTo("default");
    }

    @Test
    void aSecondPageShowsTheOfferAtOnceAndNotNowIsRemembered() {
        page.navigate("/uk");
        page.navigate(LeadArticle.PATH);
        Locator offer = page.locator("[data-alert-offer]");
        assertThat(offer).isVisible();

        offer.getByText("Not now").click();
        assertThat(offer).isHidden();

        page.reload();
        page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)");
        page.waitForTimeout(500);
        assertThat(offer).isHidden();
    }

    @Test
    void repliesToMyCommentsAreOfferedToSignedInReadersOnlyOnTheOfferAndTheManagePage() {
        page.navigate("/alerts");
        assertThat(page.locator("[data-alert-manage] [role=status]")).hasText("Alerts are off for this browser.");
        assertThat(page.locator("[data-alert-manage] [data-alert-replies]")).isHidden();
        assertThat(page.locator("[data-alert-replies-note]")).isVisible();

        Page reader = newContext(new Browser.NewContextOptions()).newPage();
        new ReaderFixtures(port, outbox, readers).signedIn(reader, "Rhea Replies");
        reader.navigate("/uk");
        reader.navigate(LeadArticle.PATH);
        assertThat(reader.locator("[data-alert-offer]")).isVisible();
        assertThat(reader.locator("[data-alert-offer] [data-alert-replies]")).isVisible();
        assertThat(reader.locator("[data-alert-offer]")).containsText("Replies to my comments");
        reader.navigate("/alerts");
        assertThat(reader.locator("[data-alert-manage] [data-alert-replies]")).isVisible();
        assertThat(reader.locator("[data-alert-replies-note]")).isHidden();
    }

    @Test
    void aPushedAlertIsShownAndClickingItTakesTheReadersTabToTheStoryCountingTheClick() {
        long alert = scheduledAlert("Talks collapse in Geneva");
        String clickThrough = clickThrough(alert);
        BrowserContext context = newContext(new Browser.NewContextOptions());
        context.grantPermissions(List.of("notifications"));
        Page reader = context.newPage();
        CDPSession devTools = context.newCDPSession(reader);
        List<String> registrations = new CopyOnWriteArrayList<>();
        devTools.on("ServiceWorker.workerRegistrationUpdated", event -> {
            JsonArray updated = event.getAsJsonArray("registrations");
            updated.forEach(element -> {
                JsonObject registration = element.getAsJsonObject();
                boolean ours = registration.get("scopeURL").getAsString().equals(origin() + "/");
                if (ours && !registration.get("isDeleted").getAsBoolean()) {
                    registrations.add(registration.get("registrationId").getAsString());
                }
            });
        });

        List<String> workerErrors = new CopyOnWriteArrayList<>();
        devTools.on("ServiceWorker.workerErrorReported", event -> workerErrors.add(event.toString()));
        devTools.send("ServiceWorker.enable");

        turnOnAlerts(reader);
        context.waitForCondition(() -> !registrations.isEmpty(),
                new BrowserContext.WaitForConditionOptions().setTimeout(SLOW_MACHINE_MS));
        // The reader goes on to the edition's front, a page the worker now controls, before the alert arrives.
        reader.navigate("/uk");

        JsonObject push = new JsonObject();
        push.addProperty("origin", origin());
        push.addProperty("data", "{\"title\":\"Talks collapse in Geneva\",\"body\":\"Delegations walk out\","
                + "\"url\":\"" + clickThrough + "\",\"tag\":\"alert-test\"}");
        // A push delivered while Chromium is still starting the worker can be dropped on a busy machine,
        // so the same message (same tag: one notification) is delivered again until it is shown.
        String shown = "";
        for (int attempt = 0; attempt < 10 && shown.isEmpty(); attempt++) {
            push.addProperty("registrationId", registrations.getLast());
            devTools.send("ServiceWorker.deliverPushMessage", push);
            for (int wait = 0; wait < 30 && shown.isEmpty(); wait++) {
                reader.waitForTimeout(100);
                shown = (String) reader.evaluate("""
                        () => navigator.serviceWorker.ready
                            .then(r => r.getNotifications())
                            .then(list => list.map(n => n.title + '|' + n.body + '|' + n.data.url).join())""");
            }
        }
        assertThat(shown).as("notification shown (worker errors %s)", workerErrors)
                .isEqualTo("Talks collapse in Geneva|Delegations walk out|" + clickThrough);

        String asked = clickTheNotification(siteServiceWorker(context), "alert-test");

        assertThat(asked).isEqualTo("focus " + origin() + "/uk");
        reader.waitForURL(origin() + LeadArticle.PATH, new Page.WaitForURLOptions().setTimeout(SLOW_MACHINE_MS));
        assertThat(reader.locator("h1")).hasText(LeadArticle.HEADLINE);
        assertThat(clicksInTheNewsroom(alert)).isEqualTo(1);
    }

    @Test
    void aTabAlreadyShowingTheStoryIsBroughtForwardAndCountedAndNoClickEverLeavesTheSite() {
        long alert = scheduledAlert("Geneva talks resume");
        BrowserContext context = newContext(new Browser.NewContextOptions());
        context.grantPermissions(List.of("notifications"));
        Page reader = context.newPage();
        turnOnAlerts(reader);
        ServiceWorkerDevTools worker = siteServiceWorker(context);
        reader.evaluate("() => { window.stillTheSamePage = true; }");

        assertThat(open(worker, clickThrough(alert))).isEqualTo("focus " + origin() + LeadArticle.PATH);
        assertThat(reader.evaluate("() => window.stillTheSamePage")).isEqualTo(true);
        assertThat(clicksInTheNewsroom(alert)).isEqualTo(1);

        // A newsroom tab may hold an editor's unsaved work: the story opens beside it, never in it.
        reader.navigate("/newsroom/login");
        assertThat(open(worker, clickThrough(alert))).isEqualTo("open " + origin() + clickThrough(alert));
        assertThat(reader.url()).isEqualTo(origin() + "/newsroom/login");

        for (String elsewhere : List.of("https://evil.example/story", "//evil.example/", "javascript:alert(1)",
                "/\\evil.example/", "/\t/evil.example/")) {
            assertThat(open(worker, elsewhere)).as(elsewhere).isEqualTo("open " + origin() + "/");
        }
    }

    @Test
    void aSubscriptionThePushServiceReplacedIsRenewedWithTheReadersChoicesAndTheOldOneForgotten() {
        BrowserContext context = newContext(new Browser.NewContextOptions());
        context.grantPermissions(List.of("notifications"));
        Page reader = context.newPage();
        turnOnAlerts(reader);
        ServiceWorkerDevTools worker = siteServiceWorker(context);
        String oldEndpoint = "http://localhost:9/push/" + UUID.randomUUID();
        String newEndpoint = "http://localhost:9/push/" + UUID.randomUUID();
        String section = (String) reader.evaluate(
                "() => fetch('/alerts/options').then(r => r.json()).then(o => o.topics[o.topics.length - 1].id)");
        List<String> topics = List.of("breaking", section);
        assertThat(section).startsWith("section:");
        // Headless Chromium cannot register with a push service (its subscribe() is refused), so the old and the
        // new subscription are described as a browser would, and the worker's own renewal is run with them.
        reader.evaluate("""
                async ([endpoint, topics]) => {
                  const subscriptionKeys = %s;
                  const options = await (await fetch('/alerts/options')).json();
                  const response = await fetch('/alerts/subscriptions', {
                    method: 'POST',
                    headers: { 'Content-Type': 'application/json', [options.csrf.header]: options.csrf.token },
                    body: JSON.stringify({ endpoint, keys: await subscriptionKeys(), edition: 'uk', topics }),
                  });
                  if (!response.ok) throw new Error('not stored: ' + await response.text());
                }""".formatted(SUBSCRIPTION_KEYS), List.of(oldEndpoint, topics));

        worker.evaluate("""
                async () => {
                  const keys = await (%s)();
                  await resubscribe({ endpoint: '%s' }, { endpoint: '%s', toJSON: () => ({ endpoint: '%s', keys }) });
                }""".formatted(SUBSCRIPTION_KEYS, oldEndpoint, newEndpoint, newEndpoint));

        assertThat(lookUp(reader, newEndpoint)).isEqualTo("200 uk " + topics);
        assertThat(lookUp(reader, oldEndpoint)).startsWith("404");
    }

    /** The reader reads a story, turns alerts on, and the service worker is running. */
    private static void turnOnAlerts(Page reader) {
        reader.navigate("/uk");
        reader.navigate(LeadArticle.PATH);
        reader.locator("[data-alert-offer] button[type=submit]").click();
        Page.WaitForFunctionOptions slowly = new Page.WaitForFunctionOptions().setTimeout(SLOW_MACHINE_MS);
        reader.waitForFunction("() => navigator.serviceWorker.getRegistration('/').then(r => !!r && !!r.active)", null, slowly);
        reader.waitForFunction("() => !document.querySelector('.alert-offer-status').textContent.endsWith('…')", null, slowly);
    }

    /**
     * Clicks the shown notification the only way Chromium allows a test to: its DevTools protocol has no
     * command for it, and a click event made by script cannot be handled (waitUntil refuses it). So the
     * worker's own click handling is run on the shown notification's data.
     */
    private static String clickTheNotification(ServiceWorkerDevTools worker, String tag) {
        return handleClick(worker, """
                await self.registration.getNotifications({ tag: '%s' })
                    .then(([notification]) => { notification.close(); return notification.data; })""".formatted(tag));
    }

    /** As {@link #clickTheNotification}, for an alert whose notification leads to this address. */
    private static String open(ServiceWorkerDevTools worker, String url) {
        JsonObject data = new JsonObject();
        data.addProperty("url", url);
        return handleClick(worker, data.toString());
    }

    /**
     * Runs the worker's click handling on the notification data the script gives, with bringing a window
     * forward and opening one (allowed only during a real click) recorded instead; returns what was asked.
     */
    private static String handleClick(ServiceWorkerDevTools worker, String data) {
        return worker.evaluate("""
                async () => {
                  const asked = [];
                  await openAlert(%s, {
                    focus: (tab) => { asked.push('focus ' + tab.url); },
                    open: (url) => { asked.push('open ' + url); },
                  });
                  return asked.join('\\n');
                }""".formatted(data)).getAsString();
    }

    private static String clickThrough(long alert) {
        return "/alerts/" + alert + "/open?to=" + URLEncoder.encode(LeadArticle.PATH, StandardCharsets.UTF_8);
    }

    private static String lookUp(Page reader, String endpoint) {
        return (String) reader.evaluate("""
                async (endpoint) => {
                  const options = await (await fetch('/alerts/options')).json();
                  const response = await fetch('/alerts/subscriptions/lookup', {
                    method: 'POST',
                    headers: { 'Content-Type': 'application/json', [options.csrf.header]: options.csrf.token },
                    body: JSON.stringify({ endpoint }),
                  });
                  const found = await response.json();
                  return response.status + ' ' + found.edition + ' [' + (found.topics || []).join(', ') + ']';
                }""", endpoint);
    }

    /** An alert composed in the newsroom for tomorrow, so nothing is sent; its id. */
    private long scheduledAlert(String title) {
        String email = "editor-" + UUID.randomUUID() + "@example.com";
        staffService.create(email, "Alert Editor", Role.EDITOR, STAFF_PASSWORD, false, "test");
        editor = new Browserless(port);
        editor.signInToNewsroom(email, STAFF_PASSWORD);
        String slug = LeadArticle.PATH.substring(LeadArticle.PATH.lastIndexOf('/') + 1);
        editor.get("/newsroom/alerts/new?article=" + slug);
        LocalDateTime tomorrow = LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(1).truncatedTo(ChronoUnit.MINUTES);
        HttpResponse<String> created = editor.post("/newsroom/alerts", Map.of("article", slug, "title", title,
                "body", "Delegations walk out", "image", "", "edition", "uk", "topics", "breaking",
                "when", "later", "sendAt", tomorrow.toString(), "action", "send"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        String location = created.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** The alert's click count as the newsroom's alert history shows it. */
    private long clicksInTheNewsroom(long alert) {
        Matcher row = Pattern.compile("<a href=\"/newsroom/alerts/" + alert + "\">.*?<td>(\\d+)</td>\\s*</tr>", Pattern.DOTALL)
                .matcher(editor.get("/newsroom/alerts").body());
        assertThat(row.find()).as("alert %s in the newsroom's history", alert).isTrue();
        return Long.parseLong(row.group(1));
    }
}
