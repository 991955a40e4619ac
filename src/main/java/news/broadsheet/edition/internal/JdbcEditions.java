package news.broadsheet.edition.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.Editions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Editions change only when an administrator edits one, so they are read once and held; every request
 * needs them (to pick the edition) and must not pay a query for it.
 */
@Component
class JdbcEditions implements Editions {

    private final JdbcClient jdbc;
    private volatile List<Edition> editions;

    JdbcEditions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Edition> all() {
        List<Edition> loaded = editions;
        if (loaded == null) {
            loaded = load();
            editions = loaded;
        }
        return loaded;
    }

    private List<Edition> load() {
        return jdbc.sql("""
                        select code, name, time_zone, locale, currency, date_pattern, appeal_heading, appeal_body
                        from edition order by position, code""")
                .query((rs, row) -> {
                    Locale locale = Locale.forLanguageTag(rs.getString("locale"));
                    return new Edition(
                            rs.getString("code"),
                            rs.getString("name"),
                            ZoneId.of(rs.getString("time_zone")),
                            locale,
                            Currency.getInstance(rs.getString("currency")),
                            DateTimeFormatter.ofPattern(rs.getString("date_pattern"), locale),
                            rs.getString("appeal_heading"),
                            paragraphs(rs.getString("appeal_body")));
                })
                .list();
    }

    private static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    @Override
    public Optional<Edition> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return all().stream().filter(edition -> edition.code().equals(code)).findFirst();
    }

    @Override
    public Edition defaultEdition() {
        return all().getFirst();
    }

    @Override
    public Edition choose(String chosenCode, String acceptLanguage) {
        return find(chosenCode).or(() -> byLanguage(acceptLanguage)).orElseGet(this::defaultEdition);
    }

    private Optional<Edition> byLanguage(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 500) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        for (Locale.LanguageRange range : ranges) {
            Optional<Edition> match = all().stream()
                    .filter(edition -> edition.locale().toLanguageTag().equalsIgnoreCase(range.getRange()))
                    .findFirst();
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }
}
