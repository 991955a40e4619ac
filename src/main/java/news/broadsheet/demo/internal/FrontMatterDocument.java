package news.broadsheet.demo.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Markdown file that starts with {@code ---}, one {@code key: value} per line, and {@code ---}. Values are
 * taken literally (a headline may start with a quote), which is why this is not read as YAML.
 */
record FrontMatterDocument(Map<String, String> fields, String body) {

    static FrontMatterDocument parse(String name, String text) {
        List<String> lines = text.replace("\r\n", "\n").lines().toList();
        if (lines.isEmpty() || !lines.getFirst().equals("---")) {
            throw new IllegalArgumentException(name + ": expected front matter starting with ---");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        int line = 1;
        for (; line < lines.size() && !lines.get(line).equals("---"); line++) {
            String entry = lines.get(line);
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException(name + ": line " + (line + 1) + " is not 'key: value'");
            }
            fields.put(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip());
        }
        if (line == lines.size()) {
            throw new IllegalArgumentException(name + ": front matter is not closed with ---");
        }
        String body = String.join("\n", lines.subList(line + 1, lines.size())).strip();
        return new FrontMatterDocument(Map.copyOf(fields), body);
    }

    String required(String key) {
        String value = fields.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing field '" + key + "'");
        }
        return value;
    }

    String optional(String key) {
        String value = fields.get(key);
        return value == null || value.isBlank() ? null : value;
    }

    List<String> list(String key) {
        return Arrays.stream(required(key).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
