package news.broadsheet.media;

import java.util.List;
import java.util.stream.Collectors;

/** A stored picture and the widths it is served in, narrowest first. */
public record Image(long id, int width, int height, String altText, String caption, String credit,
                    List<Integer> variantWidths) {

    public Image {
        if (variantWidths.isEmpty()) {
            throw new IllegalArgumentException("An image is served in at least one width");
        }
        variantWidths = List.copyOf(variantWidths);
    }

    public String src(int variantWidth) {
        return "/media/" + id + "/" + variantWidth + ".jpg";
    }

    /** The variant a browser that ignores {@code srcset} gets: the one nearest a phone-and-laptop middle. */
    public String defaultSrc() {
        return src(variantWidths.stream().filter(w -> w >= 800).findFirst().orElse(variantWidths.getLast()));
    }

    public String smallestSrc() {
        return src(variantWidths.getFirst());
    }

    public String largestSrc() {
        return src(variantWidths.getLast());
    }

    public ImageWords words() {
        return new ImageWords(altText, caption, credit);
    }

    public boolean readyToPublish() {
        return words().complete();
    }

    public String srcset() {
        return variantWidths.stream().map(w -> src(w) + " " + w + "w").collect(Collectors.joining(", "));
    }
}
