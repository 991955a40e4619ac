package news.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.broadsheet.Http;
import news.broadsheet.IntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every kind of page parses as HTML5 without a single parse error (the HTML5 parsing algorithm's own
 * error list), and keeps the structural promises a screen reader relies on.
 */
@IntegrationTest
class HtmlValidityIntegrationTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/uk", "/us", "/uk/world", "/us/climate", "/articles/marsh-volkov-sochi-talks-varossa",
            "/authors/mara-ellison", "/topics/russia", "/articles/no-such-story", "/uk?page=abc", "/search?q=sochi", "/search",
            "/search?q=zzzz+nothing+matches", "/alerts"})
    void pageIsWellFormedHtml5(String path) {
        String html = new Http(port).get(path).body();
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document document = parser.parseInput(html, "http://localhost:" + port + path);

        assertThat(parser.getErrors()).as(path).isEmpty();
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(document.selectFirst("html").attr("lang")).isIn("en-GB", "en-US");
        assertThat(document.title()).isNotBlank();
        assertThat(document.select("h1")).hasSize(1);
        assertThat(document.select("main")).hasSize(1);
        assertThat(document.select("img")).allSatisfy(img -> assertThat(img.hasAttr("alt")).as(img.outerHtml()).isTrue());
        assertThat(duplicateIds(document.select("[id]"))).as(path).isEmpty();
    }

    private static Set<String> duplicateIds(List<Element> elements) {
        Set<String> seen = new HashSet<>();
        Set<String> duplicates = new HashSet<>();
        elements.forEach(element -> {
            if (!seen.add(element.id())) {
                duplicates.add(element.id());
            }
        });
        return duplicates;
    }
}
