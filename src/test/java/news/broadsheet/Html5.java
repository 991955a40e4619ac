package news.broadsheet;

import java.util.List;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

/** Checks a page against the HTML5 parsing algorithm's own list of errors. */
public final class Html5 {

    private Html5() {
    }

    /** What the parser found wrong with the page; empty for well-formed HTML. */
    public static List<String> parseErrors(String html) {
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        parser.parseInput(html, "http://localhost/");
        return parser.getErrors().stream().map(ParseError::toString).toList();
    }
}
