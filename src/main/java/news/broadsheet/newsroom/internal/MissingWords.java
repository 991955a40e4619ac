package news.broadsheet.newsroom.internal;

import java.util.ArrayList;
import java.util.List;
import news.broadsheet.media.ImageWords;

/** Says which of a picture's words are still to be written before it can go on a published page. */
public final class MissingWords {

    private MissingWords() {
    }

    /** For example "Needs alt text and credit"; empty when nothing is missing. */
    public static String of(ImageWords words) {
        List<String> missing = new ArrayList<>();
        if (words.altText().isBlank()) {
            missing.add("alt text");
        }
        if (words.caption().isBlank()) {
            missing.add("caption");
        }
        if (words.credit().isBlank()) {
            missing.add("credit");
        }
        if (missing.isEmpty()) {
            return "";
        }
        String last = missing.removeLast();
        return "Needs " + (missing.isEmpty() ? last : String.join(", ", missing) + " and " + last);
    }
}
