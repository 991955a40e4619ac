package news.broadsheet.media.internal;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Turns a picture upright as its EXIF orientation says. Cameras and phones store pixels as the sensor saw
 * them and record the turn in EXIF; browsers apply it, but the stored variants carry no EXIF, so the turn
 * must be made in the pixels or portrait photographs would show on their side.
 */
final class Orientation {

    private static final int UPRIGHT = 1;

    private Orientation() {
    }

    static BufferedImage upright(BufferedImage picture, byte[] file) {
        int orientation = orientationOf(file);
        int w = picture.getWidth();
        int h = picture.getHeight();
        // The EXIF values 2 to 8 as transforms from the stored pixels to the upright picture.
        AffineTransform turn = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> null;
        };
        if (turn == null) {
            return picture;
        }
        boolean quarterTurn = orientation >= 5;
        BufferedImage upright = new BufferedImage(quarterTurn ? h : w, quarterTurn ? w : h, BufferedImage.TYPE_INT_ARGB);
        var graphics = upright.createGraphics();
        try {
            graphics.drawImage(picture, turn, null);
        } finally {
            graphics.dispose();
        }
        return upright;
    }

    /** The EXIF orientation, or upright when the file has none or its metadata cannot be read. */
    private static int orientationOf(byte[] file) {
        try {
            var exif = ImageMetadataReader.readMetadata(new ByteArrayInputStream(file), file.length)
                    .getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            }
            return UPRIGHT;
        } catch (ImageProcessingException | IOException | MetadataException | RuntimeException unreadable) {
            // Metadata is optional: a picture whose metadata cannot be parsed is shown as its pixels are stored.
            return UPRIGHT;
        }
    }
}
