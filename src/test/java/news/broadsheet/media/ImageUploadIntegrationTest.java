package news.broadsheet.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import news.broadsheet.IntegrationTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ImageUploadIntegrationTest {

    private static final String UPLOADER = "Test Uploader <uploader@example.com>";

    @Autowired
    Images images;

    @Autowired
    JdbcClient jdbc;

    @Test
    void jpegPngAndWebpAreAcceptedAndServedInTheWidthsThatFit() {
        Image jpeg = images.upload(TestPictures.jpeg(1000, 500), words("A JPEG"), UPLOADER);
        Image png = images.upload(TestPictures.png(300, 200), words("A PNG"), UPLOADER);
        Image webp = images.upload(TestPictures.WEBP, words("A WebP"), UPLOADER);

        assertThat(jpeg.variantWidths()).containsExactly(480, 800);
        assertThat(storedWidths(jpeg.id())).containsExactly(480, 800);
        assertThat(png.variantWidths()).containsExactly(300);
        assertThat(webp.width()).isEqualTo(1);
        assertThat(images.find(png.id()).orElseThrow().altText()).isEqualTo("A PNG");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'uploaded picture' and subject_id = :id")
                .param("id", String.valueOf(jpeg.id())).query(Long.class).single()).isOne();
    }

    @Test
    void aFileThatIsNotAPictureIsRefusedWhateverItClaims() {
        refused(() -> images.upload("<html>not a picture</html>".getBytes(StandardCharsets.UTF_8), words("text"), UPLOADER),
                ImageRejected.FILE, "not a JPEG, PNG or WebP");
        refused(() -> images.upload("GIF89a".getBytes(StandardCharsets.US_ASCII), words("gif"), UPLOADER),
                ImageRejected.FILE, "not a JPEG, PNG or WebP");
        refused(() -> images.upload(new byte[0], words("nothing"), UPLOADER), ImageRejected.FILE, "Choose a picture");
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderBeforeAnyPixelIsDecoded() {
        // These files hold no pixel data: were they decoded, the refusal would say they are damaged.
        refused(() -> images.upload(TestPictures.pngClaiming(100_000, 100_000), words("bomb"), UPLOADER),
                ImageRejected.FILE, "100000 × 100000 pixels");
        refused(() -> images.upload(TestPictures.pngClaiming(12_001, 10), words("too wide"), UPLOADER),
                ImageRejected.FILE, "at most 12000 pixels on a side");
        refused(() -> images.upload(TestPictures.pngClaiming(8_000, 6_000), words("48 megapixels"), UPLOADER),
                ImageRejected.FILE, "40 megapixels");
    }

    @Test
    void aTruncatedOrCorruptPictureIsRefused() {
        byte[] jpeg = TestPictures.jpeg(800, 600);
        byte[] png = TestPictures.png(800, 600);
        byte[] garbled = Arrays.copyOf(jpeg, jpeg.length);
        Arrays.fill(garbled, 200, garbled.length, (byte) 0x55);

        refused(() -> images.upload(Arrays.copyOf(jpeg, jpeg.length / 2), words("half a JPEG"), UPLOADER),
                ImageRejected.FILE, "damaged or incomplete");
        refused(() -> images.upload(Arrays.copyOf(png, png.length / 2), words("half a PNG"), UPLOADER),
                ImageRejected.FILE, "damaged or incomplete");
        refused(() -> images.upload(garbled, words("garbled JPEG"), UPLOADER), ImageRejected.FILE, "damaged or incomplete");
    }

    @Test
    void aFileOverTwentyMegabytesIsRefused() {
        byte[] large = Arrays.copyOf(TestPictures.jpeg(100, 100), 25 * 1024 * 1024);

        refused(() -> images.upload(large, words("25 MB"), UPLOADER), ImageRejected.FILE, "larger than 20 MB");
    }

    @Test
    void exifAndItsGpsPositionNeverReachTheStoredVariants() throws Exception {
        byte[] located = TestPictures.withExif(TestPictures.jpeg(900, 600), 1, 55.7539, 37.6208);
        assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(located))
                .getFirstDirectoryOfType(GpsDirectory.class).getGeoLocation()).isNotNull();

        Image image = images.upload(located, words("Located"), UPLOADER);

        List<byte[]> variants = storedVariants(image.id());
        assertThat(variants).hasSize(2);
        for (byte[] variant : variants) {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(variant));
            assertThat(metadata.getDirectoriesOfType(GpsDirectory.class)).isEmpty();
            assertThat(metadata.getDirectories()).noneMatch(ExifDirectoryBase.class::isInstance);
            assertThat(new String(variant, StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
        }
    }

    @Test
    void aPhotographTakenOnItsSideIsStoredUpright() throws Exception {
        // Orientation 6: the stored pixels must be turned a quarter clockwise, so the red left half goes on top.
        byte[] sideways = TestPictures.withExif(TestPictures.jpeg(600, 300), 6, 51.5, -0.12);

        Image image = images.upload(sideways, words("Upright"), UPLOADER);

        assertThat(image.width()).isEqualTo(300);
        assertThat(image.height()).isEqualTo(600);
        BufferedImage variant = ImageIO.read(new ByteArrayInputStream(storedVariants(image.id()).getFirst()));
        assertThat(new Color(variant.getRGB(150, 100)).getRed()).isGreaterThan(200);
        assertThat(new Color(variant.getRGB(150, 500)).getBlue()).isGreaterThan(200);
    }

    @Test
    void wordsAreTidiedAndHostileOnesRefusedWithTheFilesProblemsAndNothingStored() {
        String marker = "refused-" + UUID.randomUUID();
        var refusal = catchRefusal(() -> images.upload("not a picture".getBytes(StandardCharsets.UTF_8),
                new ImageWords(marker + "x".repeat(300), "A caption with a \u202Ereversed\u202C credit", "Agency\u0000"), UPLOADER));
        assertThat(refusal.problems()).containsOnlyKeys(ImageRejected.FILE, ImageRejected.ALT_TEXT, ImageRejected.CAPTION,
                ImageRejected.CREDIT);
        assertThat(refusal.problems().get(ImageRejected.ALT_TEXT)).contains("at most 300 characters");
        assertThat(refusal.problems().get(ImageRejected.CREDIT)).contains("control characters");
        assertThat(jdbc.sql("select count(*) from image where alt_text like :marker").param("marker", marker + "%")
                .query(Long.class).single()).isZero();

        Image tidy = images.upload(TestPictures.png(50, 50), new ImageWords("  Two\r\nlines\t ", " Caption ", "Credit "), UPLOADER);
        assertThat(tidy.words()).isEqualTo(new ImageWords("Two lines", "Caption", "Credit"));
    }

    @Test
    void aPictureIsReadyToPublishOnceItHasAltTextCaptionAndCredit() {
        Image image = images.upload(TestPictures.png(60, 40), new ImageWords("Alt", "Caption", " "), UPLOADER);
        assertThat(images.readyToPublish(image.id())).isFalse();

        Image changed = images.updateWords(image.id(), new ImageWords("Alt", "Caption", "Credit"), UPLOADER).orElseThrow();

        assertThat(changed.credit()).isEqualTo("Credit");
        assertThat(images.readyToPublish(image.id())).isTrue();
        assertThat(images.readyToPublish(Long.MAX_VALUE)).isFalse();
        assertThat(images.updateWords(Long.MAX_VALUE, changed.words(), UPLOADER)).isEmpty();
    }

    @Test
    void refusedWordsLeaveThePictureAsItWas() {
        Image image = images.upload(TestPictures.png(60, 40), words("Before"), UPLOADER);

        refused(() -> images.updateWords(image.id(), new ImageWords("After", "x".repeat(501), "Credit"), UPLOADER),
                ImageRejected.CAPTION, "at most 500 characters");

        assertThat(images.find(image.id()).orElseThrow().words()).isEqualTo(image.words());
    }

    @Test
    void theLibraryListsTheNewestFirst() {
        Image older = images.upload(TestPictures.png(40, 40), words("Older"), UPLOADER);
        Image newer = images.upload(TestPictures.png(40, 40), words("Newer"), UPLOADER);

        assertThat(images.newestFirst(0, 2)).extracting(Image::id).containsExactly(newer.id(), older.id());
        assertThat(images.newestFirst(1, 1)).extracting(Image::id).containsExactly(older.id());
        assertThat(images.count()).isGreaterThanOrEqualTo(2);
    }

    private static ImageWords words(String altText) {
        return new ImageWords(altText, "Caption of " + altText, "Test Agency");
    }

    private void refused(ThrowingCallable upload, String field, String reason) {
        long before = images.count();
        assertThat(catchRefusal(upload).problems()).containsKey(field).extractingByKey(field).asString().contains(reason);
        assertThat(images.count()).isEqualTo(before);
    }

    private static ImageRejected catchRefusal(ThrowingCallable upload) {
        Throwable thrown = catchThrowable(upload);
        assertThat(thrown).isInstanceOf(ImageRejected.class);
        return (ImageRejected) thrown;
    }

    private List<Integer> storedWidths(long id) {
        return jdbc.sql("select width from image_variant where image_id = :id order by width").param("id", id)
                .query(Integer.class).list();
    }

    private List<byte[]> storedVariants(long id) {
        return jdbc.sql("select bytes from image_variant where image_id = :id order by width").param("id", id)
                .query(byte[].class).list();
    }
}
