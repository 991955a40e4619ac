package news.broadsheet.edition;

import java.util.List;
import java.util.Optional;

/** The editions the site has, in the order the site lists them. */
public interface Editions {

    /** The first-party cookie that remembers the edition a reader chose. */
    String COOKIE = "edition";

    List<Edition> all();

    Optional<Edition> find(String code);

    /** The edition used when a reader has not chosen one and nothing else says which. */
    Edition defaultEdition();

    /**
     * The edition for a reader who arrives at {@code /}: the one they chose before, else the one whose
     * language tags match their browser's (en-US reads the US edition), else the default.
     */
    Edition choose(String chosenCode, String acceptLanguage);
}
