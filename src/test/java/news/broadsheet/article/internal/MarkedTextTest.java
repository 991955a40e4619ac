package news.broadsheet.article.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkedTextTest {

    private static final String START = String.valueOf(MarkedText.START);
    private static final String STOP = String.valueOf(MarkedText.STOP);

    @Test
    void markersBecomeMarkElementsAndEverythingElseIsEscaped() {
        String marked = "Fish & <script>alert('x')</script> \"near\" the " + START + "Black" + STOP + " " + START + "Sea" + STOP;

        assertThat(MarkedText.toHtml(marked)).isEqualTo("Fish &amp; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"
                + " &quot;near&quot; the <mark>Black</mark> <mark>Sea</mark>");
    }

    @Test
    void markupSpelledOutInTheTextStaysText() {
        assertThat(MarkedText.toHtml("<mark>not a match</mark>")).isEqualTo("&lt;mark&gt;not a match&lt;/mark&gt;");
    }

    @Test
    void anUnclosedOrStrayMarkerStillGivesBalancedMarkup() {
        assertThat(MarkedText.toHtml(STOP + "a " + START + "b")).isEqualTo("a <mark>b</mark>");
        assertThat(MarkedText.toHtml(START + START + "c" + STOP + STOP)).isEqualTo("<mark>c</mark>");
    }

    @Test
    void runsOfWhitespaceLeftWhereMarkupWasDroppedReadAsOneSpace() {
        assertThat(MarkedText.toHtml("  one \n\n two\t ")).isEqualTo("one two");
        assertThat(MarkedText.toHtml(null)).isEmpty();
    }
}
