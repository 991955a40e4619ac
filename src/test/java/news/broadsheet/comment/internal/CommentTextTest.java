package news.broadsheet.comment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentTextTest {

    @Test
    void markupIsTextAndEveryCharacterIsEscaped() {
        String html = CommentText.html(CommentText.clean("<script>alert(1)</script> & <b onclick=\"x\">bold</b>"));

        assertThat(html).isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b onclick=&quot;x&quot;&gt;bold&lt;/b&gt;</p>");
    }

    @Test
    void blankLinesMakeParagraphsAndSingleLineBreaksStay() {
        String html = CommentText.html(CommentText.clean("First line\r\nsame paragraph\r\n\r\n\r\n\r\nSecond  \n\n  "));

        assertThat(html).isEqualTo("<p>First line<br>same paragraph</p><p>Second</p>");
    }

    @Test
    void webAddressesBecomeLinksThatSearchEnginesDoNotFollow() {
        String html = CommentText.html("See https://example.com/a?b=1&c=<2> and www.example.org, not javascript://x%0aalert(1).");

        assertThat(html).contains("<a href=\"https://example.com/a?b=1&amp;c=\" rel=\"nofollow ugc\">https://example.com/a?b=1&amp;c=</a>&lt;2&gt;")
                .contains("<a href=\"https://www.example.org\" rel=\"nofollow ugc\">www.example.org</a>")
                .doesNotContain("href=\"javascript");
    }

    @Test
    void addressesWithQuotesCannotBreakOutOfTheAttribute() {
        String html = CommentText.html("https://example.com/\"onmouseover=\"alert(1)");

        assertThat(html).doesNotContain("\"onmouseover").contains("&quot;");
    }

    @Test
    void directionOverridesAndZeroWidthCharactersAreRemoved() {
        String cleaned = CommentText.clean("invoice\u202Egpj.exe\u200B and zero\u200Cwidth\uFEFF\u2066isolate\u2069");

        assertThat(cleaned).isEqualTo("invoicegpj.exe and zerowidthisolate");
    }

    @Test
    void zeroWidthJoinersInsideEmojiSequencesStay() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";

        assertThat(CommentText.clean("Our " + family + " agrees")).isEqualTo("Our " + family + " agrees");
        assertThat(CommentText.clean("a\u200Db")).isEqualTo("ab");
    }

    @Test
    void emptyAndOverlongTextAreRefusedWithAClearMessage() {
        assertThat(CommentText.problem(CommentText.clean(" \u200B\n\n "))).isEqualTo("Write something before posting.");
        assertThat(CommentText.problem("x".repeat(CommentText.MAX_CODE_POINTS))).isNull();
        assertThat(CommentText.problem("x".repeat(100_000)))
                .isEqualTo("Your comment is 100,000 characters long; comments can be at most 5,000.");
    }

    @Test
    void lengthCountsCharactersAsReadersSeeThemNotUtf16Units() {
        String emoji = "\uD83D\uDE00".repeat(CommentText.MAX_CODE_POINTS);

        assertThat(CommentText.problem(emoji)).isNull();
    }
}
