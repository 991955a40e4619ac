package news.broadsheet.article;

import jakarta.servlet.http.HttpServletRequest;
import news.broadsheet.edition.Edition;

/**
 * What another module places in the article page around the body (the reader-support appeal, for one),
 * without the article module knowing that module. Article pages sit in a page cache shared by every reader
 * that is not signed in, and that cache tells requests apart by their path and edition only. So the
 * {@link #SHARED} variant, which most readers get, is the only one kept there and must read the same for
 * all of them; a request given another variant (chosen from its own cookies or signed-in reader) gets a page
 * rendered for it alone. Where the shared cache answers such a request before the variant is chosen, the
 * inserting module's own script must adjust the shared variant in the browser.
 */
public interface ArticleInserts {

    /** The variant most readers get: the one kept in the shared page cache. */
    String SHARED = "shared";

    /** The variant for this request: {@link #SHARED}, or a short name of the inserting module's choosing. */
    String variant(HttpServletRequest request, Edition edition);

    /** The markup for a variant, already escaped. */
    Placement render(String variant, Edition edition);

    /**
     * Markup placed inside the body after its {@code afterParagraph}-th paragraph (before the first when 0, at
     * the body's end when it has fewer), and markup placed at the foot of the article. Neither replaces a word
     * of the article.
     */
    record Placement(int afterParagraph, String withinBody, String atFoot) {

        public static final Placement NONE = new Placement(0, "", "");
    }
}
