package news.broadsheet.support.internal;

import java.util.List;

/**
 * How one edition asks for support: the amounts offered (minor units of its currency), the least and most
 * one contribution may be, and after which paragraph of an article the appeal stands (0: before the body).
 */
public record SupportSettings(String editionCode, List<Long> presets, long minimum, long maximum,
                              int appealAfterParagraph) {

    static final int MAX_PRESETS = 6;
    static final int MAX_AFTER_PARAGRAPH = 50;
    /** The most any edition may take at once, whatever its settings: a typo must not become a large charge. */
    static final long CEILING = 1_000_000_00L;
}
