package news.broadsheet.media;

import java.awt.image.BufferedImage;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The picture library. */
public interface Images {

    /** The largest upload accepted, in bytes. */
    int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

    Optional<Image> find(long id);

    /** The images with these ids, by id; ids with no image are left out. */
    Map<Long, Image> findAll(Collection<Long> ids);

    /** Stores a picture drawn by the application itself with its words and makes the widths it will be served in. */
    Image store(BufferedImage picture, String altText, String caption, String credit);

    /**
     * Stores a picture a person uploaded: a JPEG, PNG or WebP judged by its bytes, within the size and pixel
     * limits. Only its pixels are kept, so none of its metadata (camera, GPS position) reaches a reader. The
     * upload is recorded in the audit trail under {@code uploadedBy}.
     *
     * @throws ImageRejected if the file or the words are refused; then nothing is stored
     */
    Image upload(byte[] file, ImageWords words, String uploadedBy);

    /**
     * Replaces a picture's words, recorded in the audit trail under {@code changedBy}.
     *
     * @return the changed picture, or empty if there is no picture with this id
     * @throws ImageRejected if the words are refused; then nothing is changed
     */
    Optional<Image> updateWords(long id, ImageWords words, String changedBy);

    /** Whether the picture exists and has the alt text, caption and credit that a published page needs. */
    boolean readyToPublish(long id);

    /** The library's pictures, the most recently added first. */
    List<Image> newestFirst(int offset, int limit);

    long count();
}
