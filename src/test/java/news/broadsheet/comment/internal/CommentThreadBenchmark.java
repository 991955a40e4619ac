package news.broadsheet.comment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import news.broadsheet.Browserless;
import news.broadsheet.Http;
import news.broadsheet.IntegrationTest;
import news.broadsheet.TestStories;
import news.broadsheet.article.ArticleDesk;
import news.broadsheet.article.Articles;
import news.broadsheet.edition.Editions;
import news.broadsheet.mail.MailOutbox;
import news.broadsheet.reader.ReaderFixtures;
import news.broadsheet.reader.Readers;
import news.broadsheet.site.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test: the benchmark {@code bench/comments-thread.sh} runs ({@code -Dbench=comments-thread}). Seeds a
 * 5,000-comment discussion (1,000 top-level comments, each with a chain of four replies, the last beside
 * the deepest) and times the first page of it: built from the database and rendered, in each order, as after
 * every new comment; then the whole article page over HTTP, as a reader who is not signed in gets it (the
 * discussion from the node's cache) and as a signed-in reader gets it (all of it rendered for them).
 * Writes its figures into docs/performance.md.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "bench", matches = "comments-thread")
class CommentThreadBenchmark {

    private static final int ROOTS = 1_000;
    private static final int WARMUP = 200;
    private static final int MEASURED = 500;
    private static final String START = "<!-- bench:comments-thread:start -->";
    private static final String END = "<!-- bench:comments-thread:end -->";

    @LocalServerPort
    int port;
    @Autowired
    ArticleDesk desk;
    @Autowired
    Articles articles;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Threads threads;
    @Autowired
    Pages pages;
    @Autowired
    Editions editions;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Readers readers;

    @Test
    void firstPageOfA5000CommentDiscussion() throws IOException {
        String slug = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        long articleId = new TestStories(desk, articles, jdbc).publish(slug, "A much discussed story", "Standfirst",
                "Body.", TestStories.LONG_AGO);
        seed(articleId);
        assertThat(jdbc.sql("select count(*) from comment where article_id = :id").param("id", articleId)
                .query(Integer.class).single()).isEqualTo(5 * ROOTS);

        List<String> rows = new ArrayList<>();
        for (ThreadSort sort : ThreadSort.values()) {
            double[] millis = time(() -> {
                ThreadView view = threads.view(articleId, "/articles/" + slug, CommentMode.OPEN,
                        editions.defaultEdition(), sort, 1, null, null, null, null);
                pages.render("comment/thread.jte", Map.of("thread", view, "scriptHref", "/assets/comments.js"));
            });
            rows.add(row("First page built and rendered, " + sort.label().toLowerCase(Locale.ROOT) + " first", millis));
        }
        Http http = new Http(port);
        double[] cached = time(() -> assertThat(http.get("/articles/" + slug).statusCode()).isEqualTo(200));
        rows.add(row("Whole article page over HTTP, discussion from the node's cache", cached));
        Browserless reader = new ReaderFixtures(port, outbox, readers).signedIn().browser();
        double[] personal = time(() -> assertThat(reader.get("/articles/" + slug).statusCode()).isEqualTo(200));
        rows.add(row("Whole article page over HTTP for a signed-in reader, everything rendered for them", personal));
        report(rows);
    }

    private void seed(long articleId) {
        jdbc.sql("""
                        insert into comment (article_id, depth, reader_id, author_name, author_handle, body, status,
                                             recommendations, created_at)
                        select :article, 0, n % 300, 'Reader ' || (n % 300), 'reader-' || (n % 300),
                               repeat('A considered opinion about the story, with a few sentences of argument. ', 4),
                               'published', (n * 7919) % 97, now() - make_interval(mins => 10000 - n)
                        from generate_series(1, :roots) n""")
                .param("article", articleId).param("roots", ROOTS).update();
        jdbc.sql("update comment set root_id = id where article_id = :article").param("article", articleId).update();
        for (int level = 1; level <= 4; level++) {
            jdbc.sql("""
                            insert into comment (article_id, parent_id, root_id, depth, reader_id, author_name,
                                                 author_handle, body, status, created_at)
                            select article_id, id, root_id, least(depth + 1, 3), (reader_id + 1) % 300,
                                   'Reader ' || ((reader_id + 1) % 300), 'reader-' || ((reader_id + 1) % 300),
                                   'A reply that takes the argument one step further.', 'published',
                                   created_at + interval '1 minute'
                            from comment c where article_id = :article
                              and depth = :parentDepth and not exists (select 1 from comment r where r.parent_id = c.id)""")
                    .param("article", articleId).param("parentDepth", Math.min(level - 1, 3)).update();
        }
        jdbc.sql("""
                        insert into comment_thread (article_id, published) values (:article, 5000)
                        on conflict (article_id) do update set published = excluded.published""")
                .param("article", articleId).update();
        jdbc.sql("analyze comment").update();
    }

    private static double[] time(Runnable action) {
        for (int i = 0; i < WARMUP; i++) {
            action.run();
        }
        double[] millis = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            action.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static String row(String what, double[] sorted) {
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |", what, sorted[sorted.length / 2],
                sorted[(int) (sorted.length * 0.99)], sorted[sorted.length - 1]);
    }

    private static void report(List<String> rows) throws IOException {
        double load = Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        String section = START + "\n## Comments: the first page of a 5,000-comment discussion\n\n"
                + "Measured by `bench/comments-thread.sh` on " + LocalDate.now() + " ("
                + Runtime.getRuntime().availableProcessors() + " cores, load average " + load + " at the end). "
                + "1,000 top-level comments, each with a chain of four replies; a page shows 25 top-level comments "
                + "and their 100 replies. Times in milliseconds over " + MEASURED + " runs after " + WARMUP
                + " to warm up, in the test application with its embedded PostgreSQL on the same machine.\n\n"
                + "| what | p50 | p99 | max |\n|---|---|---|---|\n" + String.join("\n", rows) + "\n" + END;
        Path report = Path.of("docs/performance.md");
        String text = Files.readString(report, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        String updated = start < 0 ? text.stripTrailing() + "\n\n" + section + "\n"
                : text.substring(0, start) + section + text.substring(text.indexOf(END) + END.length());
        Files.writeString(report, updated, StandardCharsets.UTF_8);
    }
}
