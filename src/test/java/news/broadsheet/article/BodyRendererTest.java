package news.broadsheet.article;

import static org.assertj.core.api.Assertions.assertThat;

import news.broadsheet.article.internal.BodyRenderer;
import org.junit.jupiter.api.Test;

class BodyRendererTest {

    private final BodyRenderer renderer = new BodyRenderer();

    @Test
    void rendersParagraphsQuotesLinksAndSubheadings() {
        String html = renderer.render("""
                First paragraph with a [link](/articles/other-story "Other").

                > "A quoted line." — Someone

                ## A sub-heading

                Last *paragraph*.""");

        assertThat(html)
                .contains("<p>First paragraph with a <a href=\"/articles/other-story\" title=\"Other\">link</a>.</p>")
                .contains("<blockquote>")
                .contains("<p>\"A quoted line.\" — Someone</p>")
                .contains("<h2>A sub-heading</h2>")
                .contains("<p>Last <em>paragraph</em>.</p>");
    }

    @Test
    void rawHtmlInMarkdownIsShownAsTextNeverAsMarkup() {
        String html = renderer.render("Hello <script>alert(1)</script> <img src=x onerror=alert(2)>");

        assertThat(html).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void dangerousLinkTargetsAreDropped() {
        String html = renderer.render("[click](javascript:alert(1)) and [data](data:text/html;base64,PHNjcmlwdD4=)");

        assertThat(html).doesNotContain("javascript:").doesNotContain("data:text").contains("click").contains("data");
    }

    @Test
    void emptyBodyRendersNothing() {
        assertThat(renderer.render("")).isEmpty();
        assertThat(renderer.render(null)).isEmpty();
    }
}
