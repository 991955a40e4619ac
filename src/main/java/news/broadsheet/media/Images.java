package news.broadsheet.media;

import java.awt.image.BufferedImage;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The picture library. */
public interface Images {

    Optional<Image> find(long id);

    /** The images with these ids, by id; ids with no image are left out. */
    Map<Long, Image> findAll(Collection<Long> ids);

    /** The newest pictures first, for choosing one in the newsroom. */
    List<Image> recent(int limit);

    /** Stores a picture with its words and makes the widths it will be served in. */
    Image store(BufferedImage picture, String altText, String caption, String credit);
}
