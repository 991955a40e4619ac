package news.broadsheet.article;

import jakarta.servlet.http.HttpServletRequest;
import news.broadsheet.edition.Edition;

/**
 * What another module places in the article page around the body (the reader-support appeal, for one),
 * without the article module knowing that module. Article pages sit in a page cache shared by every reader,
 * so what is placed may depend only on the edition and on a variant named from the request; the variant
 * becomes part of the page's cache key, and each variant must read the same for every reader who gets it.
 */
public interface ArticleInserts {

    /** A short name of what this request gets, made of letters and hyphens, e.g. {@code appeal} or {@code thanks}. */
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
