package news.broadsheet.support.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV whose cells are safe to open in a spreadsheet: a cell that begins like a formula
 * ({@code = + - @}, tab or carriage return) is prefixed with an apostrophe, so a reader's message such as
 * {@code =HYPERLINK(...)} stays text.
 */
final class Csv {

    private Csv() {
    }

    static String line(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                || !text.equals(value)) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
