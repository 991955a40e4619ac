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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import news.broadsheet.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The alert opt-in: polite (never a prompt on arrival), and a push reaching the service worker is shown. */
@IntegrationTest
class AlertOptInBrowserTest extends BrowserSupport {

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
    void turningAlertsOnRegistersTheServiceWorkerWhichShowsAPushedAlert() {
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

        reader.navigate("/uk");
        reader.navigate(LeadArticle.PATH);
        reader.locator("[data-alert-offer] button[type=submit]").click();
        reader.waitForFunction("() => navigator.serviceWorker.getRegistration('/').then(r => !!r && !!r.active)");
        reader.waitForFunction("() => !document.querySelector('.alert-offer-status').textContent.endsWith('…')");
        for (int wait = 0; wait < 50 && registrations.isEmpty(); wait++) {
            reader.waitForTimeout(100);
        }
        assertThat(registrations).as("service worker registrations seen by DevTools").isNotEmpty();

        JsonObject push = new JsonObject();
        push.addProperty("origin", origin());
        push.addProperty("data", "{\"title\":\"Talks collapse in Geneva\",\"body\":\"Delegations walk out\","
                + "\"url\":\"" + LeadArticle.PATH + "\",\"tag\":\"alert-test\"}");
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
        String status = reader.locator(".alert-offer-status").textContent();
        assertThat(shown).as("notification shown (offer said \"%s\", worker errors %s)", status, workerErrors)
                .isEqualTo("Talks collapse in Geneva|Delegations walk out|" + LeadArticle.PATH);
    }
}
