package news.broadsheet.media.internal;

import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import news.broadsheet.media.ImageRejected;
import news.broadsheet.media.Images;
import org.springframework.stereotype.Component;

/** Takes an uploaded file from bytes to stored-ready variants, refusing what is not a picture within limits. */
@Component
class UploadedPictures {

    /**
     * A picture at the pixel limit takes 160 MB decoded. Preparing two at a time, one per core of a small
     * server, keeps a burst of uploads from exhausting memory; the others wait their turn.
     */
    private final Semaphore preparing = new Semaphore(2, true);

    /**
     * Decodes, turns upright and encodes a file in which {@link #problemWith} found nothing wrong.
     *
     * @throws ImageRejected if the picture is too large in pixels, or damaged
     */
    PreparedPicture prepare(byte[] file) {
        PictureFormat format = PictureFormat.of(file)
                .orElseThrow(() -> new IllegalArgumentException("The file's type was not checked before preparing it"));
        preparing.acquireUninterruptibly();
        try {
            BufferedImage pixels = Orientation.upright(PictureDecoder.decode(file, format), file);
            return new PreparedPicture(pixels.getWidth(), pixels.getHeight(), Variants.of(pixels));
        } finally {
            preparing.release();
        }
    }

    /** What is wrong with the file that can be told without decoding it: its size and its type. */
    static Optional<String> problemWith(byte[] file) {
        if (file.length == 0) {
            return Optional.of("Choose a picture to upload.");
        }
        if (file.length > Images.MAX_UPLOAD_BYTES) {
            return Optional.of("This file is larger than " + Images.MAX_UPLOAD_BYTES / (1024 * 1024)
                    + " MB. Export a smaller version and upload that.");
        }
        if (PictureFormat.of(file).isEmpty()) {
            return Optional.of("This file is not a JPEG, PNG or WebP picture, whatever its name says.");
        }
        return Optional.empty();
    }
}
