package news.broadsheet.demo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.article.ArticleDesk;
import news.broadsheet.article.Author;
import news.broadsheet.article.NewArticle;
import news.broadsheet.article.Section;
import news.broadsheet.media.Image;
import news.broadsheet.media.Images;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo newspaper into an empty database, in one transaction under an advisory lock, so two nodes
 * starting together load it once and a failed load leaves nothing half-written. On by default with the
 * embedded database, off with an external one unless {@code broadsheet.demo.enabled=true}.
 */
@Component
class DemoContentLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoContentLoader.class);
    private static final long ADVISORY_LOCK = 0x42_726f_6164L;
    private static final Pattern AGO = Pattern.compile("-(\\d{1,4})([mhd])");
    private static final int PICTURE_WIDTH = 1600;
    private static final int PICTURE_HEIGHT = 900;

    private final ArticleDesk desk;
    private final Images images;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Environment environment;
    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    DemoContentLoader(ArticleDesk desk, Images images, JdbcClient jdbc, TransactionTemplate transaction,
                      Environment environment) {
        this.desk = desk;
        this.images = images;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.environment = environment;
    }

    /** Runs before the web server opens, so no reader ever sees the empty site of the first seconds. */
    @Override
    public void afterSingletonsInstantiated() {
        boolean embedded = !environment.containsProperty("spring.datasource.url");
        if (!environment.getProperty("broadsheet.demo.enabled", Boolean.class, embedded)) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", ADVISORY_LOCK).query().singleValue();
            if (desk.hasArticles()) {
                return;
            }
            int count = load(Instant.now().truncatedTo(ChronoUnit.MINUTES));
            log.info("Loaded {} demo articles into the empty database", count);
        });
    }

    private int load(Instant now) {
        Map<String, Section> sections = new HashMap<>();
        for (String[] entry : sectionEntries()) {
            sections.put(entry[0], desk.createSection(entry[0], entry[1], entry[2]));
        }
        Map<String, Author> authors = new HashMap<>();
        for (Resource resource : files("demo/authors/*.md")) {
            String slug = resource.getFilename().replaceFirst("\\.md$", "");
            FrontMatterDocument document = FrontMatterDocument.parse(slug, read(resource));
            authors.put(slug, desk.createAuthor(slug, document.required("name"), document.required("role"), document.body()));
        }
        List<Resource> articles = files("demo/articles/*.md");
        for (Resource resource : articles) {
            String name = resource.getFilename();
            try {
                publish(FrontMatterDocument.parse(name, read(resource)), sections, authors, now);
            } catch (RuntimeException e) {
                throw new IllegalStateException("Demo article " + name + " could not be loaded: " + e.getMessage(), e);
            }
        }
        return articles.size();
    }

    private void publish(FrontMatterDocument document, Map<String, Section> sections, Map<String, Author> authors,
                         Instant now) {
        Section section = lookup(sections, document.required("section"), "section");
        List<Long> authorIds = document.list("authors").stream().map(slug -> lookup(authors, slug, "author").id()).toList();
        List<Long> topicIds = document.list("topics").stream().map(topic -> desk.topicNamed(topic).id()).toList();
        Image hero = images.store(DemoPictures.draw(document.required("image"), PICTURE_WIDTH, PICTURE_HEIGHT),
                document.required("image_alt"), document.required("image_caption"), document.required("image_credit"));
        String updated = document.optional("updated");
        desk.publish(new NewArticle(
                document.required("slug"),
                document.required("headline"),
                document.required("standfirst"),
                document.body(),
                section.id(),
                authorIds,
                topicIds,
                hero.id(),
                new LinkedHashSet<>(document.list("editions")),
                ago(now, document.required("published")),
                updated == null ? null : ago(now, updated)));
    }

    private static <T> T lookup(Map<String, T> known, String key, String what) {
        T value = known.get(key);
        if (value == null) {
            throw new IllegalArgumentException("unknown " + what + " '" + key + "'");
        }
        return value;
    }

    /** "-45m", "-3h", "-2d": that long before the load. */
    static Instant ago(Instant now, String offset) {
        Matcher matcher = AGO.matcher(offset);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("time offsets look like -45m, -3h or -2d, not '" + offset + "'");
        }
        long amount = Long.parseLong(matcher.group(1));
        Duration duration = switch (matcher.group(2)) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        return now.minus(duration);
    }

    /** Lines {@code slug=Name} in file order, each with its {@code slug.description}. */
    private List<String[]> sectionEntries() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : read(resources.getResource("classpath:demo/sections.properties")).lines().toList()) {
            int equals = line.indexOf('=');
            if (!line.isBlank() && !line.startsWith("#") && equals > 0) {
                values.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
            }
        }
        return values.keySet().stream()
                .filter(key -> !key.contains("."))
                .map(slug -> new String[] {slug, values.get(slug), values.getOrDefault(slug + ".description", "")})
                .toList();
    }

    private List<Resource> files(String pattern) {
        try {
            return Arrays.stream(resources.getResources("classpath:" + pattern))
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
