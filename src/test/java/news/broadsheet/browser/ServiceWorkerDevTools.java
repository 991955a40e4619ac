package news.broadsheet.browser;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs script inside a service worker through the DevTools protocol, as Playwright for Java has no handle on
 * service workers. The worker is attached the older, nested way (each command wrapped in
 * {@code Target.sendMessageToTarget}) because a Playwright CDP session cannot address a flattened child
 * session. While DevTools is attached Chromium does not stop the worker for idling, so every call reaches
 * the same running worker.
 */
final class ServiceWorkerDevTools {

    /** Generous, for a busy CI machine; the waits end as soon as the answer is there. */
    private static final double TIMEOUT_MS = 60_000;

    private final BrowserContext context;
    private final CDPSession browserSession;
    private final String sessionId;
    private final AtomicInteger lastId = new AtomicInteger();
    private final Map<Integer, JsonObject> replies = new ConcurrentHashMap<>();

    private ServiceWorkerDevTools(BrowserContext context, CDPSession browserSession, String sessionId) {
        this.context = context;
        this.browserSession = browserSession;
        this.sessionId = sessionId;
        browserSession.on("Target.receivedMessageFromTarget", event -> {
            if (event.get("sessionId").getAsString().equals(sessionId)) {
                JsonObject message = JsonParser.parseString(event.get("message").getAsString()).getAsJsonObject();
                if (message.has("id")) {
                    replies.put(message.get("id").getAsInt(), message);
                }
            }
        });
    }

    /** Attaches to the running worker whose script is at this address, waiting for it to start. */
    static ServiceWorkerDevTools attach(Browser browser, BrowserContext context, String scriptUrl) {
        CDPSession browserSession = browser.newBrowserCDPSession();
        AtomicReference<String> worker = new AtomicReference<>();
        browserSession.on("Target.targetCreated", event -> {
            JsonObject target = event.getAsJsonObject("targetInfo");
            if (target.get("type").getAsString().equals("service_worker")
                    && target.get("url").getAsString().equals(scriptUrl)) {
                worker.set(target.get("targetId").getAsString());
            }
        });
        JsonObject discover = new JsonObject();
        discover.addProperty("discover", true);
        browserSession.send("Target.setDiscoverTargets", discover);
        context.waitForCondition(() -> worker.get() != null,
                new BrowserContext.WaitForConditionOptions().setTimeout(TIMEOUT_MS));
        JsonObject attach = new JsonObject();
        attach.addProperty("targetId", worker.get());
        attach.addProperty("flatten", false);
        String sessionId = browserSession.send("Target.attachToTarget", attach).get("sessionId").getAsString();
        return new ServiceWorkerDevTools(context, browserSession, sessionId);
    }

    /**
     * Calls the function, written in JavaScript, in the worker's global scope and returns what its promise
     * resolves to, as JSON; fails with the worker's own error message if it throws or rejects.
     */
    JsonElement evaluate(String function) {
        int id = lastId.incrementAndGet();
        JsonObject params = new JsonObject();
        params.addProperty("expression", "(" + function + ")()");
        params.addProperty("awaitPromise", true);
        params.addProperty("returnByValue", true);
        JsonObject command = new JsonObject();
        command.addProperty("id", id);
        command.addProperty("method", "Runtime.evaluate");
        command.add("params", params);
        JsonObject wrapped = new JsonObject();
        wrapped.addProperty("sessionId", sessionId);
        wrapped.addProperty("message", command.toString());
        browserSession.send("Target.sendMessageToTarget", wrapped);
        context.waitForCondition(() -> replies.containsKey(id),
                new BrowserContext.WaitForConditionOptions().setTimeout(TIMEOUT_MS));
        JsonObject reply = replies.remove(id);
        if (reply.has("error")) {
            throw new AssertionError("DevTools refused the evaluation: " + reply.get("error"));
        }
        JsonObject result = reply.getAsJsonObject("result");
        if (result.has("exceptionDetails")) {
            JsonObject details = result.getAsJsonObject("exceptionDetails");
            JsonElement exception = details.has("exception") ? details.getAsJsonObject("exception").get("description") : null;
            throw new AssertionError("The service worker threw: " + (exception != null ? exception.getAsString() : details));
        }
        JsonObject value = result.getAsJsonObject("result");
        return value.has("value") ? value.get("value") : null;
    }
}
