package news.broadsheet.media.internal;

import java.util.List;

/** A picture ready to store: its upright size and its encoded variants, narrowest first. */
record PreparedPicture(int width, int height, List<Variants.Variant> variants) {

    PreparedPicture {
        variants = List.copyOf(variants);
    }
}
