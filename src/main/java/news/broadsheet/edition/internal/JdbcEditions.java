package news.broadsheet.edition.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionSettings;
import news.broadsheet.edition.Editions;
import news.broadsheet.platform.ClusterSignals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Editions change only when an administrator edits one, so they are read once and held; every request
 * needs them (to pick the edition) and must not pay a query for it. A change is announced to every node
 * (the {@value #CHANGED} signal), and each then reads them again.
 */
@Component
class JdbcEditions implements Editions {

    /** The cluster signal sent when an administrator changed an edition. */
    static final String CHANGED = "editions_changed";

    private final JdbcClient jdbc;
    private volatile List<Edition> editions;

    JdbcEditions(JdbcClient jdbc, ClusterSignals signals) {
        this.jdbc = jdbc;
        signals.subscribe(CHANGED, payload -> reload());
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
                        select code, name, time_zone, locale, currency, date_pattern, appeal_heading, appeal_body,
                               breaking_alerts
                        from edition order by position, code""")
                .query((rs, row) -> edition(
                        new EditionSettings(rs.getString("code"), rs.getString("name"), rs.getString("time_zone"),
                                rs.getString("date_pattern"), rs.getString("appeal_heading"),
                                rs.getString("appeal_body"), rs.getBoolean("breaking_alerts")),
                        Locale.forLanguageTag(rs.getString("locale")),
                        Currency.getInstance(rs.getString("currency"))))
                .list();
    }

    /** The edition readers see with these settings; the appeal's paragraphs are separated by blank lines. */
    static Edition edition(EditionSettings settings, Locale locale, Currency currency) {
        return new Edition(settings.code(), settings.name(), ZoneId.of(settings.timeZone()), locale, currency,
                DateTimeFormatter.ofPattern(settings.datePattern(), locale), settings.appealHeading(),
                paragraphs(settings.appealBody()), settings.breakingAlerts());
    }

    private static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** Forgets the editions held, so the next request reads them again; called on every node after a change. */
    void reload() {
        editions = null;
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
