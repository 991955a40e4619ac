package news.broadsheet.article.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/** An article body cut in two after one of its top-level paragraphs, so something can stand between them. */
public record ArticleBody(String before, String after) {

    /**
     * Cuts after the {@code paragraphs}-th top-level {@code <p>}: nothing before when 0, everything before
     * when the body has fewer. Only whole top-level elements move, so no paragraph, quote or list is split.
     */
    static ArticleBody cutAfter(String html, int paragraphs) {
        if (paragraphs <= 0) {
            return new ArticleBody("", html);
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        int seen = 0;
        for (Node node : document.body().childNodes()) {
            (seen < paragraphs ? before : after).append(node.outerHtml());
            if (node instanceof Element element && element.normalName().equals("p")) {
                seen++;
            }
        }
        return new ArticleBody(before.toString(), after.toString());
    }
}
