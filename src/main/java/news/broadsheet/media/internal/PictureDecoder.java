package news.broadsheet.media.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import news.broadsheet.media.ImageRejected;

/**
 * Decodes an uploaded file's pixels, trusting nothing about it. The dimensions are read from the header and
 * checked before any pixel is decoded, so a small file that claims to be enormous (a decompression bomb) is
 * refused without the memory it asks for being allocated. A reader that meets damaged data only warns and
 * returns a half-grey picture, so any warning refuses the file.
 */
final class PictureDecoder {

    static final int MAX_SIDE = 12_000;
    static final long MAX_PIXELS = 40_000_000;

    private PictureDecoder() {
    }

    static BufferedImage decode(byte[] file, PictureFormat format) {
        ImageReader reader = format.reader();
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(file))) {
            reader.setInput(input, true, true);
            refuseIfTooLarge(reader.getWidth(0), reader.getHeight(0));
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage pixels = reader.read(0);
            if (!warnings.isEmpty()) {
                throw damaged();
            }
            return pixels;
        } catch (ImageRejected refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            // Decoders signal malformed input with runtime exceptions as often as with IOExceptions.
            throw damaged();
        } finally {
            reader.dispose();
        }
    }

    private static void refuseIfTooLarge(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw damaged();
        }
        if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
            throw ImageRejected.file("This picture is " + width + " × " + height + " pixels. Pictures can be at most "
                    + MAX_SIDE + " pixels on a side and " + MAX_PIXELS / 1_000_000 + " megapixels; resize it first.");
        }
    }

    private static ImageRejected damaged() {
        return ImageRejected.file("This picture cannot be read: the file is damaged or incomplete, or uses CMYK colours"
                + " meant for print. Export it again in RGB and upload the new file.");
    }
}
