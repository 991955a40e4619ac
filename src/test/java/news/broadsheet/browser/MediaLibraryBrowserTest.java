package news.broadsheet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;
import news.broadsheet.IntegrationTest;
import news.broadsheet.media.Images;
import news.broadsheet.media.TestPictures;
import news.broadsheet.newsroom.internal.Role;
import news.broadsheet.newsroom.internal.StaffService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** A writer uses the picture library's forms in a real browser. */
@IntegrationTest
class MediaLibraryBrowserTest extends BrowserSupport {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    StaffService staffService;

    @Test
    void aWriterUploadsAPictureAndFindsItInTheLibrary() {
        signInAsWriter();
        String alt = "Fishing boats in a harbour at dawn " + UUID.randomUUID();

        page.navigate("/newsroom/media");
        page.locator("#file").setInputFiles(new FilePayload("harbour.png", "image/png", TestPictures.png(1200, 800)));
        page.locator("#altText").fill(alt);
        page.locator("#caption").fill("The harbour before the boats go out.");
        page.locator("#credit").fill("Staff photographer");
        page.locator("button", new Page.LocatorOptions().setHasText("Upload")).click();

        assertThat(page).hasURL(Pattern.compile(".*/newsroom/media/\\d+\\?uploaded$"));
        assertThat(page.locator(".notice")).hasText("Picture uploaded.");
        assertThat(loadedWidth(page.locator(".picture img"))).isPositive();

        page.navigate("/newsroom/media");
        var thumbnail = page.locator(".pictures img[alt='" + alt + "']");
        assertThat(thumbnail).isVisible();
        assertThat(loadedWidth(thumbnail)).isEqualTo(480);
    }

    @Test
    void aFileOverTheLimitIsPointedOutBeforeItIsSent(@TempDir Path folder) throws IOException {
        signInAsWriter();
        Path tooLarge = Files.write(folder.resolve("large.jpg"), TestPictures.jpeg(10, 10));
        try (var file = new RandomAccessFile(tooLarge.toFile(), "rw")) {
            file.setLength(Images.MAX_UPLOAD_BYTES + 1);
        }

        page.navigate("/newsroom/media");
        page.locator("#file").setInputFiles(tooLarge);
        page.locator("button", new Page.LocatorOptions().setHasText("Upload")).click();

        assertThat(page).hasURL(Pattern.compile(".*/newsroom/media$"));
        assertThat((String) page.locator("#file").evaluate("input => input.validationMessage"))
                .contains("larger than 20 MB");
    }

    private void signInAsWriter() {
        String email = "writer-" + UUID.randomUUID() + "@example.com";
        staffService.create(email, "Browser Writer", Role.WRITER, PASSWORD, false, "test");
        page.navigate("/newsroom/login");
        page.locator("#email").fill(email);
        page.locator("#password").fill(PASSWORD);
        page.locator("button[type=submit]", new Page.LocatorOptions().setHasText("Sign in")).click();
        assertThat(page).hasURL(Pattern.compile(".*/newsroom$"));
    }
}
