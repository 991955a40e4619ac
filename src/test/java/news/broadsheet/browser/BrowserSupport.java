package news.broadsheet.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base class of the browser tests: one headless Chromium per test class, and for each test a fresh browser
 * context (no cookies, no cache) whose relative URLs go to the running application. Subclasses carry
 * {@code @IntegrationTest}, which starts that application.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserSupport {

    /** Debian's Chromium; where it is missing, Playwright's own browser is used. */
    private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");

    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run");

    @LocalServerPort
    private int port;

    private Playwright playwright;
    private Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();

    /** A page in a fresh desktop context, opened for each test. */
    protected Page page;

    @BeforeAll
    void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(CHROMIUM_ARGS);
        if (Files.isExecutable(SYSTEM_CHROMIUM)) {
            options.setExecutablePath(SYSTEM_CHROMIUM);
        }
        browser = playwright.chromium().launch(options);
    }

    @BeforeEach
    void openPage() {
        page = newContext(new Browser.NewContextOptions()).newPage();
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    @AfterAll
    void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A fresh context with these options, pointed at the application and closed after the test. */
    protected BrowserContext newContext(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options.setBaseURL(origin()));
        contexts.add(context);
        return context;
    }

    /** DevTools access to this site's service worker in the context, once the worker has started there. */
    protected ServiceWorkerDevTools siteServiceWorker(BrowserContext context) {
        return ServiceWorkerDevTools.attach(browser, context, origin() + "/sw.js");
    }

    /** The application's origin, e.g. {@code http://localhost:54321}. */
    protected String origin() {
        return "http://localhost:" + port;
    }

    /** The width in pixels of the picture the image decoded to, once it has loaded; 0 if it failed to load. */
    protected static int loadedWidth(Locator image) {
        return ((Number) image.evaluate("img => img.decode().then(() => img.naturalWidth, () => 0)")).intValue();
    }
}
