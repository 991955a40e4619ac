package news.broadsheet.media.internal;

import java.awt.image.BufferedImage;
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

    PreparedPicture prepare(byte[] file) {
        PictureFormat format = formatOf(file);
        preparing.acquireUninterruptibly();
        try {
            BufferedImage pixels = Orientation.upright(PictureDecoder.decode(file, format), file);
            return new PreparedPicture(pixels.getWidth(), pixels.getHeight(), Variants.of(pixels));
        } finally {
            preparing.release();
        }
    }

    static PictureFormat formatOf(byte[] file) {
        if (file.length == 0) {
            throw ImageRejected.file("Choose a picture to upload.");
        }
        if (file.length > Images.MAX_UPLOAD_BYTES) {
            throw ImageRejected.file("This file is larger than " + Images.MAX_UPLOAD_BYTES / (1024 * 1024)
                    + " MB. Export a smaller version and upload that.");
        }
        return PictureFormat.of(file).orElseThrow(() -> ImageRejected.file(
                "This file is not a JPEG, PNG or WebP picture, whatever its name says."));
    }
}
