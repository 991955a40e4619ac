package news.broadsheet.article.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Turns an article body written in Markdown into the HTML the page embeds. Raw HTML in the Markdown is
 * escaped, and the result passes an allow-list, so a body can never carry script, styles or frames.
 */
@Component
public class BodyRenderer {

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "h2", "h3", "h4", "blockquote", "em", "strong", "a", "ul", "ol", "li", "br", "hr", "code", "pre")
            .addAttributes("a", "href", "title")
            .addProtocols("a", "href", "http", "https", "mailto", "#")
            .preserveRelativeLinks(true);

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    public String render(String markdown) {
        String html = renderer.render(parser.parse(markdown == null ? "" : markdown));
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "https://broadsheet.invalid/", ALLOWED, output);
    }
}
