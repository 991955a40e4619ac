package news.broadsheet.media;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Picture files for tests, good and bad, made in memory. */
public final class TestPictures {

    /** A 1 × 1 lossy WebP: no Java library here writes WebP. */
    public static final byte[] WEBP = Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

    private TestPictures() {
    }

    /** A picture whose left half is red and right half blue, so a turn shows in its pixels. */
    public static BufferedImage halves(int width, int height) {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = picture.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, width / 2, height);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(width / 2, 0, width - width / 2, height);
        graphics.dispose();
        return picture;
    }

    public static byte[] jpeg(int width, int height) {
        return encode(halves(width, height), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return encode(halves(width, height), "png");
    }

    /**
     * The start of a PNG whose header claims these dimensions: a decoder that trusted it would allocate
     * width × height pixels before finding there is no pixel data.
     */
    public static byte[] pngClaiming(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        var file = new ByteArrayOutputStream();
        file.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        file.writeBytes(pngChunk("IHDR", header.array()));
        file.writeBytes(pngChunk("IEND", new byte[0]));
        return file.toByteArray();
    }

    private static byte[] pngChunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    /** The JPEG with an EXIF segment spliced in after its start marker: an orientation and a GPS position. */
    public static byte[] withExif(byte[] jpeg, int orientation, double latitude, double longitude) {
        byte[] tiff = exifTiff(orientation, latitude, longitude);
        byte[] payload = ByteBuffer.allocate(6 + tiff.length).put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff).array();
        var file = new ByteArrayOutputStream();
        file.write(0xFF);
        file.write(0xD8);
        file.write(0xFF);
        file.write(0xE1);
        file.write((payload.length + 2) >> 8);
        file.write((payload.length + 2) & 0xFF);
        file.writeBytes(payload);
        file.write(jpeg, 2, jpeg.length - 2);
        return file.toByteArray();
    }

    /** A big-endian TIFF structure: IFD0 with the orientation and a pointer to a GPS IFD with a position. */
    private static byte[] exifTiff(int orientation, double latitude, double longitude) {
        int ifd0 = 8;
        int gpsIfd = ifd0 + 2 + 2 * 12 + 4;
        int latitudeData = gpsIfd + 2 + 4 * 12 + 4;
        int longitudeData = latitudeData + 24;
        ByteBuffer tiff = ByteBuffer.allocate(longitudeData + 24);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(ifd0);
        tiff.putShort((short) 2);
        entry(tiff, 0x0112, 3, 1).putShort((short) orientation).putShort((short) 0);
        entry(tiff, 0x8825, 4, 1).putInt(gpsIfd);
        tiff.putInt(0);
        tiff.putShort((short) 4);
        entry(tiff, 0x0001, 2, 2).put((byte) (latitude >= 0 ? 'N' : 'S')).put((byte) 0).putShort((short) 0);
        entry(tiff, 0x0002, 5, 3).putInt(latitudeData);
        entry(tiff, 0x0003, 2, 2).put((byte) (longitude >= 0 ? 'E' : 'W')).put((byte) 0).putShort((short) 0);
        entry(tiff, 0x0004, 5, 3).putInt(longitudeData);
        tiff.putInt(0);
        degreesMinutesSeconds(tiff, Math.abs(latitude));
        degreesMinutesSeconds(tiff, Math.abs(longitude));
        return tiff.array();
    }

    private static ByteBuffer entry(ByteBuffer tiff, int tag, int type, int count) {
        return tiff.putShort((short) tag).putShort((short) type).putInt(count);
    }

    private static void degreesMinutesSeconds(ByteBuffer tiff, double value) {
        int degrees = (int) value;
        double minutes = (value - degrees) * 60;
        int wholeMinutes = (int) minutes;
        int hundredthsOfSeconds = (int) Math.round((minutes - wholeMinutes) * 60 * 100);
        tiff.putInt(degrees).putInt(1).putInt(wholeMinutes).putInt(1).putInt(hundredthsOfSeconds).putInt(100);
    }

    private static byte[] encode(BufferedImage picture, String format) {
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
