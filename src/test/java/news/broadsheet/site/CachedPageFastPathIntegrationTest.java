package news.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import io.micrometer.core.instrument.MeterRegistry;
import news.broadsheet.Eventually;
import news.broadsheet.IntegrationTest;
import news.broadsheet.site.internal.PageCache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The fast path for cached pages answers exactly as the ordinary path does. A campaign parameter that no page
 * reads makes a request the fast path has not seen, so the ordinary path answers it first; the fast-path
 * counter shows which path answered.
 */
@IntegrationTest
class CachedPageFastPathIntegrationTest {

    private static final String LEAD_SLUG = "marsh-volkov-sochi-talks-varossa";
    private static final String LEAD = "/articles/" + LEAD_SLUG;
    private static final String GZIP = "gzip, deflate, br, zstd";
    private static final List<Page> PAGES = List.of(
            new Page("article", LEAD, null),
            new Page("article in the US edition", LEAD, "edition=us"),
            new Page("edition front", "/uk", "edition=uk"),
            new Page("section front", "/uk/world", "edition=uk"),
            new Page("author page", "/authors/mara-ellison", null),
            new Page("edition feed", "/uk/feed", null),
            new Page("section feed", "/us/politics/feed", "edition=us"));

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    PageCache cache;

    record Page(String kind, String path, String cookie) {

        String[] headers(String... more) {
            return cookie == null ? more : concat(more, "Cookie", cookie);
        }
    }

    /** The demo content's change signals reach this node after start-up and drop the pages meanwhile. */
    @BeforeEach
    void earlierChangesHaveBeenSignalled() {
        String path = unseen(LEAD);
        Eventually.within(Duration.ofSeconds(30), "a page stays cached", () -> {
            double before = fastPathAnswers();
            send("GET", path);
            return fastPathAnswers() - before == 1;
        });
    }

    @Test
    void theFastPathSendsTheSameBytesAndHeadersAsTheOrdinaryPath() {
        for (Page page : PAGES) {
            for (String acceptEncoding : new String[] {null, GZIP}) {
                String path = unseen(page.path());
                String[] headers = acceptEncoding == null ? page.headers() : page.headers("Accept-Encoding", acceptEncoding);
                String description = page.kind() + (acceptEncoding == null ? "" : ", gzip");

                HttpResponse<byte[]> ordinary = answeredBy(false, () -> send("GET", path, headers));
                HttpResponse<byte[]> fast = answeredBy(true, () -> send("GET", path, headers));

                assertThat(ordinary.statusCode()).as(description).isEqualTo(200);
                assertSame(description, fast, ordinary);
                assertThat(fast.headers().firstValue("Content-Encoding")).as(description)
                        .isEqualTo(acceptEncoding == null ? Optional.empty() : Optional.of("gzip"));
                assertThat(fast.headers().firstValue("Content-Security-Policy")).as(description).isPresent();
            }
        }
    }

    @Test
    void conditionalAndHeadRequestsAreAnsweredAlikeOnBothPaths() {
        for (Page page : List.of(PAGES.get(0), PAGES.get(2), PAGES.get(5))) {
            for (String acceptEncoding : new String[] {"identity", GZIP}) {
                String known = unseen(page.path());
                String etag = send("GET", known, page.headers("Accept-Encoding", acceptEncoding))
                        .headers().firstValue("ETag").orElseThrow();
                String lastModified = send("GET", known, page.headers("Accept-Encoding", acceptEncoding))
                        .headers().firstValue("Last-Modified").orElseThrow();
                for (String[] conditional : List.of(
                        new String[] {"If-None-Match", etag},
                        new String[] {"If-None-Match", "\"another\", " + etag},
                        new String[] {"If-None-Match", "\"another\""},
                        new String[] {"If-Modified-Since", lastModified},
                        new String[] {"If-Match", "\"another\""},
                        new String[] {"If-None-Match", "*"})) {
                    String[] headers = page.headers("Accept-Encoding", acceptEncoding, conditional[0], conditional[1]);
                    String description = page.kind() + " " + acceptEncoding + " " + String.join(": ", conditional);

                    HttpResponse<byte[]> ordinary = answeredBy(false, () -> send("GET", unseen(page.path()), headers));
                    HttpResponse<byte[]> fast = answeredBy(true, () -> send("GET", known, headers));

                    assertSame(description, fast, ordinary);
                }
                HttpResponse<byte[]> ordinaryHead = answeredBy(false, () -> send("HEAD", unseen(page.path()),
                        page.headers("Accept-Encoding", acceptEncoding)));
                HttpResponse<byte[]> fastHead = answeredBy(true, () -> send("HEAD", known,
                        page.headers("Accept-Encoding", acceptEncoding)));
                assertSame(page.kind() + " HEAD", fastHead, ordinaryHead);
                assertThat(ordinaryHead.statusCode()).isEqualTo(200);
            }
        }
        assertThat(send("GET", LEAD, "If-None-Match", "\"another\"").statusCode()).isEqualTo(200);
    }

    @Test
    void gzippedPagesAreTheSamePageUnderAnETagOfTheirOwn() throws IOException {
        String path = unseen(LEAD);
        HttpResponse<byte[]> plain = send("GET", path);
        HttpResponse<byte[]> gzipped = send("GET", path, "Accept-Encoding", "gzip");
        String plainEtag = plain.headers().firstValue("ETag").orElseThrow();
        String gzipEtag = gzipped.headers().firstValue("ETag").orElseThrow();

        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
        try (var unzipped = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(unzipped.readAllBytes()).isEqualTo(plain.body());
        }
        assertThat(gzipEtag).isNotEqualTo(plainEtag).startsWith("\"").endsWith("\"");
        for (HttpResponse<byte[]> response : List.of(plain, gzipped)) {
            assertThat(response.headers().allValues("Vary")).containsExactly("Accept-Encoding, Cookie");
        }
        assertThat(send("GET", path, "Accept-Encoding", "gzip", "If-None-Match", gzipEtag).statusCode()).isEqualTo(304);
        assertThat(send("GET", path, "Accept-Encoding", "gzip", "If-None-Match", plainEtag).statusCode()).isEqualTo(200);
        assertThat(send("GET", path, "If-None-Match", gzipEtag).statusCode()).isEqualTo(200);
        for (String refused : List.of("gzip;q=0", "identity", "br", "*;q=0", "gzip;q=0, *", "gzip;q=x")) {
            assertThat(send("GET", path, "Accept-Encoding", refused).headers().firstValue("Content-Encoding"))
                    .as(refused).isEmpty();
        }
        for (String accepted : List.of("*", "GZIP;q=0.5", "br;q=1, gzip;q=0.1", "identity, x-gzip")) {
            assertThat(send("GET", path, "Accept-Encoding", accepted).headers().firstValue("Content-Encoding"))
                    .as(accepted).hasValue("gzip");
        }
    }

    @Test
    void aRequestWithTheSessionOrRememberMeCookieIsPersonalSoNeverAnsweredFromOrKeptInThePageCache() {
        String personal = "SESSION=" + UUID.randomUUID();
        String path = unseen(LEAD);
        send("GET", path);
        send("GET", path);

        HttpResponse<byte[]> answer = answeredBy(false, () -> send("GET", path, "Cookie", personal));
        HttpResponse<byte[]> withEdition = answeredBy(false, () -> send("GET", path, "Cookie", "edition=uk; " + personal));
        HttpResponse<byte[]> rememberedReader = answeredBy(false,
                () -> send("GET", path, "Cookie", "reader-remember-me=" + UUID.randomUUID()));

        for (HttpResponse<byte[]> response : List.of(answer, withEdition, rememberedReader)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache, private");
            assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
        }
        cache.dropAll();
        answeredBy(false, () -> send("GET", LEAD, "Cookie", personal));
        assertThat(cache.page("article:" + LEAD_SLUG + ":uk")).isNull();
        answeredBy(false, () -> send("GET", LEAD));
        assertThat(cache.page("article:" + LEAD_SLUG + ":uk")).isNotNull();
    }

    @Test
    void anEditionFrontThatSetsTheEditionCookieIsAlwaysAnsweredByTheOrdinaryPath() {
        String path = unseen("/us");
        for (int i = 0; i < 3; i++) {
            HttpResponse<byte[]> response = answeredBy(false, () -> send("GET", path, "Cookie", "edition=uk"));
            assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie).startsWith("edition=us"));
        }
        answeredBy(false, () -> send("GET", path, "Cookie", "edition=us"));
        answeredBy(true, () -> send("GET", path, "Cookie", "edition=us"));
    }

    @Test
    void changedContentIsNeverAnsweredFromTheFastPath() {
        String path = unseen("/uk");
        send("GET", path, "Cookie", "edition=uk");
        answeredBy(true, () -> send("GET", path, "Cookie", "edition=uk"));

        cache.dropAll();

        answeredBy(false, () -> send("GET", path, "Cookie", "edition=uk"));
        answeredBy(true, () -> send("GET", path, "Cookie", "edition=uk"));
    }

    private static void assertSame(String description, HttpResponse<byte[]> fast, HttpResponse<byte[]> ordinary) {
        assertThat(fast.statusCode()).as(description).isEqualTo(ordinary.statusCode());
        assertThat(comparable(fast)).as(description).isEqualTo(comparable(ordinary));
        assertThat(fast.body()).as(description).isEqualTo(ordinary.body());
    }

    /** The headers apart from the time of sending, by lower-case name. */
    private static Map<String, List<String>> comparable(HttpResponse<byte[]> response) {
        Map<String, List<String>> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("date")) {
                headers.put(name.toLowerCase(), values);
            }
        });
        return headers;
    }

    /**
     * The response, checked to come from the fast path or not. The ordinary path learns a request's answer
     * after the response has gone, so the fast path may need a moment before it knows the request.
     */
    private HttpResponse<byte[]> answeredBy(boolean fastPath, Supplier<HttpResponse<byte[]>> request) {
        for (int attempt = 0; fastPath && attempt < 50; attempt++) {
            double before = fastPathAnswers();
            HttpResponse<byte[]> response = request.get();
            if (fastPathAnswers() - before == 1) {
                return response;
            }
            pause();
        }
        double before = fastPathAnswers();
        HttpResponse<byte[]> response = request.get();
        assertThat(fastPathAnswers() - before).as("answered by the fast path").isEqualTo(fastPath ? 1 : 0);
        return response;
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private double fastPathAnswers() {
        return meters.get("broadsheet.pages.fast-path").counter().count();
    }

    private static String unseen(String path) {
        return path + "?utm_source=" + UUID.randomUUID();
    }

    private HttpResponse<byte[]> send(String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String[] concat(String[] first, String... second) {
        String[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
