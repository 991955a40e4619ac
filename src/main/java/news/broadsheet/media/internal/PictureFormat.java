package news.broadsheet.media.internal;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

/**
 * The kinds of picture the newsroom accepts, recognised by the signature their files start with. A file's
 * name and declared type are the sender's claims; its first bytes are what a decoder will actually meet.
 */
enum PictureFormat {

    JPEG("jpeg", new Signature(0, 0xFF, 0xD8, 0xFF)),
    PNG("png", new Signature(0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)),
    WEBP("webp", new Signature(0, 'R', 'I', 'F', 'F'), new Signature(8, 'W', 'E', 'B', 'P'));

    private final String readerName;
    private final Signature[] signatures;

    PictureFormat(String readerName, Signature... signatures) {
        this.readerName = readerName;
        this.signatures = signatures;
    }

    static Optional<PictureFormat> of(byte[] file) {
        return Arrays.stream(values())
                .filter(format -> Arrays.stream(format.signatures).allMatch(signature -> signature.foundIn(file)))
                .findFirst();
    }

    /** A new reader for this format; the caller disposes of it. */
    ImageReader reader() {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(readerName);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + readerName + " is installed");
        }
        return readers.next();
    }

    private record Signature(int offset, byte[] bytes) {

        Signature(int offset, int... bytes) {
            this(offset, toBytes(bytes));
        }

        boolean foundIn(byte[] file) {
            return file.length >= offset + bytes.length
                    && Arrays.equals(file, offset, offset + bytes.length, bytes, 0, bytes.length);
        }

        private static byte[] toBytes(int... values) {
            byte[] bytes = new byte[values.length];
            for (int i = 0; i < values.length; i++) {
                bytes[i] = (byte) values[i];
            }
            return bytes;
        }
    }
}
