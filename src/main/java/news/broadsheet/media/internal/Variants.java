package news.broadsheet.media.internal;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The widths a picture is served in, each re-encoded as a JPEG from pixels alone: no metadata of the
 * original file is written, and transparent areas are laid on white as a page would show them.
 */
final class Variants {

    /** Widths that cover a phone, a tablet, a laptop and a large screen at 1x and 2x density. */
    static final List<Integer> WIDTHS = List.of(480, 800, 1200, 1600);
    private static final float JPEG_QUALITY = 0.82f;

    record Variant(int width, int height, byte[] jpeg) {
    }

    private Variants() {
    }

    static List<Variant> of(BufferedImage picture) {
        return widthsFor(picture.getWidth()).stream().map(width -> {
            BufferedImage scaled = scaled(picture, width);
            return new Variant(scaled.getWidth(), scaled.getHeight(), jpeg(scaled));
        }).toList();
    }

    static List<Integer> widthsFor(int originalWidth) {
        List<Integer> widths = WIDTHS.stream().filter(w -> w <= originalWidth).toList();
        return widths.isEmpty() ? List.of(originalWidth) : widths;
    }

    private static BufferedImage scaled(BufferedImage source, int width) {
        if (source.getWidth() == width && source.getType() == BufferedImage.TYPE_INT_RGB) {
            return source;
        }
        int height = Math.max(1, Math.round((float) source.getHeight() * width / source.getWidth()));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = target.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var bytes = new ByteArrayOutputStream();
        try (var output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
