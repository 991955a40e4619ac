package news.broadsheet.newsroom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import news.broadsheet.Browserless;
import news.broadsheet.IntegrationTest;
import news.broadsheet.Multipart;
import news.broadsheet.media.Images;
import news.broadsheet.media.TestPictures;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class MediaLibraryIntegrationTest {

    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    StaffService staffService;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aWriterUploadsAPictureThatIsListedAndServed() throws Exception {
        var writer = signedInWriter();
        String alt = "A PNG under a JPEG name " + UUID.randomUUID();

        writer.get("/newsroom/media");
        var uploaded = writer.postMultipart("/newsroom/media", new Multipart()
                .file("file", "photo.jpg", "image/jpeg", TestPictures.png(1000, 600))
                .field("altText", alt).field("caption", "").field("credit", "Staff photographer"));

        assertThat(uploaded.statusCode()).isEqualTo(303);
        String picturePage = uploaded.headers().firstValue("Location").orElseThrow();
        assertThat(picturePage).matches("/newsroom/media/\\d+\\?uploaded");
        long id = Long.parseLong(picturePage.replaceAll("\\D", ""));
        assertThat(writer.get(picturePage).body()).contains("Picture uploaded.").contains("Needs caption");

        String library = writer.get("/newsroom/media").body();
        assertThat(library).contains("src=\"/media/" + id + "/480.jpg\"").contains(alt).contains("Needs caption");
        wellFormed(library);
        wellFormed(writer.get("/newsroom/media/" + id).body());

        HttpResponse<byte[]> variant = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/media/" + id + "/800.jpg")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(variant.statusCode()).isEqualTo(200);
        assertThat(variant.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(variant.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000").contains("immutable");
        assertThat(variant.body()).startsWith(0xFF, 0xD8, 0xFF);
        assertThat(jdbc.sql("select actor from audit_event where action = 'uploaded picture' and subject_id = :id")
                .param("id", String.valueOf(id)).query(String.class).single()).contains("Test Writer");
    }

    @Test
    void aWriterCompletesAPicturesWords() {
        var writer = signedInWriter();
        long id = upload(writer, "Words to come " + UUID.randomUUID(), "", "");

        writer.get("/newsroom/media/" + id);
        var tooLong = writer.post("/newsroom/media/" + id, Map.of("altText", "Alt", "caption", "Caption", "credit", "x".repeat(201)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("The credit can be at most 200 characters");

        writer.get("/newsroom/media/" + id);
        var saved = writer.post("/newsroom/media/" + id, Map.of("altText", "Alt", "caption", "Caption", "credit", "Credit"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(writer.get("/newsroom/media/" + id + "?saved").body()).contains("Words saved.").doesNotContain("Needs ");
        assertThat(writer.get("/newsroom/media/" + Long.MAX_VALUE).statusCode()).isEqualTo(404);
    }

    @Test
    void aTextFileNamedLikeAPictureIsRefusedWithAClearMessage() {
        var writer = signedInWriter();
        String alt = "Not a picture " + UUID.randomUUID();

        writer.get("/newsroom/media");
        var refused = writer.postMultipart("/newsroom/media", new Multipart()
                .file("file", "holiday.jpg", "image/jpeg", "just some text".getBytes(StandardCharsets.UTF_8))
                .field("altText", alt).field("caption", "Caption").field("credit", "Credit"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("The picture was not uploaded").contains("not a JPEG, PNG or WebP")
                .contains(alt);
        assertThat(imagesWithAltText(alt)).isZero();
    }

    @Test
    void scriptInAPicturesWordsIsShownAsText() {
        var writer = signedInWriter();
        String marker = UUID.randomUUID().toString();
        long id = upload(writer, "\"><script>alert('alt " + marker + "')</script>",
                "<img src=x onerror=alert('caption')>", "<b>Agency</b>");

        String library = writer.get("/newsroom/media").body();
        String picture = writer.get("/newsroom/media/" + id).body();

        for (String html : new String[] {library, picture}) {
            assertThat(html).doesNotContain("<script>alert('alt").doesNotContain("<img src=x").doesNotContain("<b>Agency");
        }
        assertThat(library).contains("&lt;script&gt;alert('alt " + marker + "')&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert('caption')&gt;").contains("&lt;b&gt;Agency&lt;/b&gt;");
        assertThat(picture).contains("value=\"&lt;b>Agency&lt;/b>\"");
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsRefused() {
        var writer = signedInWriter();
        String alt = "Forged " + UUID.randomUUID();

        var forged = writer.postMultipartRaw("/newsroom/media", new Multipart()
                .file("file", "forged.png", "image/png", TestPictures.png(100, 100))
                .field("altText", alt).field("caption", "Caption").field("credit", "Credit"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(imagesWithAltText(alt)).isZero();
    }

    @Test
    void aTwoHundredMegabyteUploadOrAnOversizedFileIsRefusedAsTooLargeAndNothingStored() {
        var writer = signedInWriter();
        long size = 200L * 1024 * 1024;

        refusedAsTooLarge(writer, alt -> new Multipart().field("altText", alt)
                .file("file", "huge.jpg", "image/jpeg", size, () -> new EndlessJpeg(size)));
        refusedAsTooLarge(writer, alt -> new Multipart().field("altText", alt)
                .file("file", "huge.jpg", "image/jpeg", () -> new EndlessJpeg(size)));
        long overFileLimit = Images.MAX_UPLOAD_BYTES + 512 * 1024;
        refusedAsTooLarge(writer, alt -> new Multipart().field("altText", alt)
                .file("file", "large.jpg", "image/jpeg", overFileLimit, () -> new EndlessJpeg(overFileLimit)));
    }

    private void refusedAsTooLarge(Browserless writer, Function<String, Multipart> form) {
        String alt = "Huge " + UUID.randomUUID();
        writer.get("/newsroom/media");
        long started = System.nanoTime();

        var refused = writer.postMultipart("/newsroom/media", form.apply(alt));

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("Pictures can be at most 20 MB").doesNotContain("Exception");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(imagesWithAltText(alt)).isZero();
    }

    private Browserless signedInWriter() {
        String email = "writer-" + UUID.randomUUID() + "@example.com";
        staffService.create(email, "Test Writer", Role.WRITER, PASSWORD, false, "test");
        var writer = new Browserless(port);
        writer.signInToNewsroom(email, PASSWORD);
        return writer;
    }

    private long upload(Browserless staff, String altText, String caption, String credit) {
        staff.get("/newsroom/media");
        var uploaded = staff.postMultipart("/newsroom/media", new Multipart()
                .file("file", "picture.png", "image/png", TestPictures.png(200, 100))
                .field("altText", altText).field("caption", caption).field("credit", credit));
        assertThat(uploaded.statusCode()).isEqualTo(303);
        return Long.parseLong(uploaded.headers().firstValue("Location").orElseThrow().replaceAll("\\D", ""));
    }

    private static void wellFormed(String html) {
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document document = parser.parseInput(html, "http://localhost/");
        assertThat(parser.getErrors()).isEmpty();
        assertThat(document.select("h1")).hasSize(1);
        assertThat(document.select("img")).allSatisfy(img -> assertThat(img.hasAttr("alt")).isTrue());
        assertThat(document.select("label[for]")).allSatisfy(label ->
                assertThat(document.getElementById(label.attr("for"))).as(label.outerHtml()).isNotNull());
    }

    private long imagesWithAltText(String altText) {
        return jdbc.sql("select count(*) from image where alt_text = :alt").param("alt", altText).query(Long.class).single();
    }

    /** A JPEG signature followed by as many bytes as asked for, made as they are read rather than held. */
    private static final class EndlessJpeg extends InputStream {

        private final long length;
        private long position;

        EndlessJpeg(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (position >= length) {
                return -1;
            }
            return switch ((int) Math.min(position++, 3)) {
                case 0, 2 -> 0xFF;
                case 1 -> 0xD8;
                default -> 0x00;
            };
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (position >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) read();
            }
            return n;
        }
    }
}
