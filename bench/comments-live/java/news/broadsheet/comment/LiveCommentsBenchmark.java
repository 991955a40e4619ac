package news.broadsheet.comment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.Browserless;

/**
 * The client of bench/comments-live.sh, run in its own JVM beside Broadsheet's one or two nodes: opens many
 * Server-Sent Events streams to one article's live discussion over loopback HTTP, as browsers do, then has
 * signed-in readers post comments through the article page's form and records when each comment reaches each
 * stream. Writes its figures as "name=value" lines.
 *
 * <p>Everything goes through the site's real HTTP paths. The posting and the signed-in readers register
 * through the register form; the operator (the first newsroom administrator, whose password the script set)
 * chooses a new password as the newsroom requires, opens the Outbox where the embedded default keeps outgoing
 * mail, and hands each reader the confirmation link of their mail, which signs them in. Readers who are not
 * signed in only carry an edition cookie, half of them UK and half US, so each comment is rendered once per
 * edition as in production.
 *
 * <p>Latency is the time from the instant just before a comment's POST is sent to the instant its event is
 * read from a stream, both taken with {@link System#nanoTime()} in this JVM. Streams read their bytes on
 * virtual threads of their own, so a busy client adds to the figures rather than hiding anything.
 *
 * <p>Arguments: RESULTS_FILE ARTICLE_PATH ADMIN_EMAIL ADMIN_PASSWORD READERS SIGNED_IN WARMUP_COMMENTS COMMENTS
 * INTERVAL_MILLIS DELIVERY_TIMEOUT_SECONDS SERVER_PIDS PORT... (SERVER_PIDS: the nodes' JVMs and PostgreSQL's
 * postmaster, comma-separated, whose CPU time the measured comments cost; comments are posted to the first
 * port's node, readers are spread over all of them).
 */
public final class LiveCommentsBenchmark {

    /** A reader may post this many top-level comments in five minutes and twice as many replies (RateLimitPhase). */
    private static final int COMMENTS_PER_WRITER = 5;
    /** Posts from one network address in five minutes (RateLimitPhase). */
    private static final int POSTS_PER_ADDRESS = 60;
    /** Browser tabs per signed-in reader account. */
    private static final int TABS_PER_ACCOUNT = 4;
    /** Streams opening at once, well under Tomcat's accept queue of 100. */
    private static final int OPENING_AT_ONCE = 50;
    private static final String PASSWORD = "a bench reader's long password";
    /** In every comment, to check that what arrives is the comment, in UTF-8, and not only its id. */
    private static final String MARK = "café in Zürich";
    private static final Pattern DATA_LIVE = Pattern.compile("data-live=\"([^\"]+)\"");
    private static final Pattern COMMENT_ID = Pattern.compile("(?<!\\\\)\"id\":(\\d+)");
    private static final Pattern LOCATION_COMMENT = Pattern.compile("[?&]comment=(\\d+)");
    private static final long CLOCK_TICKS_PER_SECOND = 100;
    /** Makes this run's addresses new to a database that earlier runs used. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private record Node(int port, String base) {
    }

    /** One open stream: where it reads from, as whom, and when each comment arrived on it. */
    private static final class Stream {
        final int index;
        final Node node;
        final String edition;
        final boolean signedIn;
        final Map<Long, Long> arrivals = new ConcurrentHashMap<>();
        final AtomicInteger garbled = new AtomicInteger();
        volatile String failure;

        Stream(int index, Node node, String edition, boolean signedIn) {
            this.index = index;
            this.node = node;
            this.edition = edition;
            this.signedIn = signedIn;
        }
    }

    /** A comment posted: its id, the instant before its POST was sent and how long the POST took. */
    private record Posted(long id, long sentNanos, long answeredNanos, boolean reply) {
    }

    private final Map<String, Object> results = new LinkedHashMap<>();
    private final HttpClient streams = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30))
            .executor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor())
            .build();

    public static void main(String[] args) throws Exception {
        if (args.length < 12) {
            System.err.println("Arguments: RESULTS_FILE ARTICLE_PATH ADMIN_EMAIL ADMIN_PASSWORD READERS SIGNED_IN "
                    + "WARMUP_COMMENTS COMMENTS INTERVAL_MILLIS DELIVERY_TIMEOUT_SECONDS SERVER_PIDS PORT...");
            System.exit(2);
        }
        Path resultsFile = Path.of(args[0]);
        String articlePath = args[1];
        String adminEmail = args[2];
        String adminPassword = args[3];
        int readers = Integer.parseInt(args[4]);
        int signedIn = Integer.parseInt(args[5]);
        int warmup = Integer.parseInt(args[6]);
        int comments = Integer.parseInt(args[7]);
        Duration interval = Duration.ofMillis(Long.parseLong(args[8]));
        Duration deliveryTimeout = Duration.ofSeconds(Long.parseLong(args[9]));
        long[] serverPids = Arrays.stream(args[10].split(",")).mapToLong(Long::parseLong).toArray();
        List<Node> nodes = Arrays.stream(args, 11, args.length).map(Integer::parseInt)
                .map(port -> new Node(port, "http://127.0.0.1:" + port)).toList();
        if (warmup + comments > POSTS_PER_ADDRESS) {
            throw new IllegalArgumentException("Broadsheet takes at most " + POSTS_PER_ADDRESS + " comments in five "
                    + "minutes from one address; " + warmup + " warm-up and " + comments + " measured comments are too many");
        }
        if (signedIn > readers) {
            throw new IllegalArgumentException("More signed-in readers (" + signedIn + ") than readers (" + readers + ")");
        }
        var benchmark = new LiveCommentsBenchmark();
        try {
            benchmark.run(articlePath, adminEmail, adminPassword, readers, signedIn, warmup, comments, interval,
                    deliveryTimeout, serverPids, nodes);
        } finally {
            benchmark.write(resultsFile);
        }
        System.exit(0);
    }

    private void run(String articlePath, String adminEmail, String adminPassword, int readerCount, int signedInCount,
                     int warmup, int comments, Duration interval, Duration deliveryTimeout, long[] serverPids,
                     List<Node> nodes) throws Exception {
        Node postingNode = nodes.getFirst();
        int topLevel = (warmup + comments + 1) / 2;
        int writerCount = Math.max(2, (topLevel + COMMENTS_PER_WRITER - 1) / COMMENTS_PER_WRITER);
        int accountCount = (signedInCount + TABS_PER_ACCOUNT - 1) / TABS_PER_ACCOUNT;
        log("Registering %d writers and %d signed-in readers through the register form", writerCount, accountCount);
        List<Account> writerAccounts = register(postingNode, "writer", writerCount);
        List<Account> readerAccounts = register(postingNode, "reader", accountCount);
        List<Account> everyone = new ArrayList<>(writerAccounts);
        everyone.addAll(readerAccounts);
        confirm(postingNode, adminEmail, adminPassword, everyone);
        List<Browserless> writers = writerAccounts.stream().map(Account::browser).toList();
        List<String> sessions = readerAccounts.stream()
                .map(account -> account.browser().cookie("SESSION").orElseThrow()).toList();

        String liveHref = null;
        for (Node node : nodes) {
            Matcher live = DATA_LIVE.matcher(get(node, articlePath));
            if (!live.find()) {
                throw new IllegalStateException(node.base() + articlePath + " names no live stream (data-live)");
            }
            if (liveHref != null && !liveHref.equals(live.group(1))) {
                throw new IllegalStateException("The nodes name different live streams: " + liveHref + ", " + live.group(1));
            }
            liveHref = live.group(1).replace("&amp;", "&");
        }
        results.put("live_stream", liveHref);
        log("Opening %d streams to %s on %d node(s), %d of them signed in", readerCount, liveHref, nodes.size(), signedInCount);

        List<Stream> readers = new ArrayList<>();
        for (int i = 0; i < readerCount; i++) {
            Node node = nodes.get(i % nodes.size());
            readers.add(new Stream(i, node, (i / nodes.size()) % 2 == 0 ? "uk" : "us", i < signedInCount));
        }
        long openStart = System.nanoTime();
        open(readers, liveHref, sessions);
        results.put("open_seconds", seconds(System.nanoTime() - openStart));

        log("Posting %d warm-up comments, then %d measured ones, %d ms apart", warmup, comments, interval.toMillis());
        List<Posted> warmups = post(writers, articlePath, 0, warmup, interval);
        await(readers, warmups, deliveryTimeout);

        long[] cpuBefore = serverTicks(serverPids);
        long[] machineBefore = machineTicks();
        long clientBefore = clientCpuNanos();
        long measureStart = System.nanoTime();
        List<Posted> measured = post(writers, articlePath, warmup, comments, interval);
        await(readers, measured, deliveryTimeout);
        long measureNanos = System.nanoTime() - measureStart;
        long[] cpuAfter = serverTicks(serverPids);
        long[] machineAfter = machineTicks();
        long clientNanos = clientCpuNanos() - clientBefore;

        report(readers, measured, nodes);
        results.put("measured_seconds", seconds(measureNanos));
        results.put("server_jvm_cpu_seconds", ticksToSeconds(cpuAfter[0] - cpuBefore[0]));
        results.put("server_database_cpu_seconds", ticksToSeconds(cpuAfter[1] - cpuBefore[1]));
        results.put("client_cpu_seconds", String.format(Locale.ROOT, "%.2f", clientNanos / 1e9));
        long serverTicks = cpuAfter[0] - cpuBefore[0] + cpuAfter[1] - cpuBefore[1];
        long busy = machineAfter[0] - machineBefore[0];
        long total = machineAfter[1] - machineBefore[1];
        long others = busy - serverTicks - clientNanos * CLOCK_TICKS_PER_SECOND / 1_000_000_000L;
        results.put("others_cpu_percent", String.format(Locale.ROOT, "%.0f", 100.0 * Math.max(0, others) / Math.max(1, total)));
        results.put("machine_busy_percent", String.format(Locale.ROOT, "%.0f", 100.0 * busy / Math.max(1, total)));
    }

    // --- Readers and their accounts ----------------------------------------------------------------------------

    /** A registered reader: their address and their HTTP client, which holds their session once confirmed. */
    private record Account(String email, Browserless browser) {
    }

    private static List<Account> register(Node node, String kind, int count) {
        List<Account> registered = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String email = "bench-" + kind + "-" + i + "-" + RUN + "@example.com";
            Browserless reader = new Browserless(node.port());
            reader.get("/account/register");
            expect(reader.post("/account/register", Map.of("email", email, "displayName", "Bench " + kind + " " + i,
                    "password", PASSWORD)), 302, "registering " + email);
            registered.add(new Account(email, reader));
        }
        return registered;
    }

    /**
     * Signs in to the newsroom as its first administrator, chooses the new password the newsroom asks for, and
     * opens each reader's confirmation link from the Outbox in that reader's client, which signs them in.
     */
    private static void confirm(Node node, String adminEmail, String adminPassword, List<Account> accounts)
            throws InterruptedException {
        Browserless operator = new Browserless(node.port());
        String landing = operator.signInToNewsroom(adminEmail, adminPassword);
        if (!landing.endsWith("/newsroom")) {
            throw new IllegalStateException("Signing in to the newsroom as " + adminEmail + " led to " + landing);
        }
        // The script set the administrator's first password, which the newsroom asks them to change.
        String home = operator.get("/newsroom").headers().firstValue("Location").orElse("");
        if (home.endsWith("/newsroom/password")) {
            operator.get("/newsroom/password");
            String chosen = adminPassword + " chosen";
            expect(operator.post("/newsroom/password", Map.of("current", adminPassword, "password", chosen,
                    "confirmation", chosen)), 303, "choosing the administrator's password");
        }
        Map<String, String> links = new HashMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (links.size() < accounts.size()) {
            HttpResponse<String> outboxPage = operator.get("/newsroom/outbox");
            expect(outboxPage, 200, "the newsroom's Outbox");
            String outbox = outboxPage.body();
            for (Account account : accounts) {
                Matcher link = Pattern.compile(Pattern.quote(account.email())
                        + "</strong>.*?(/account/verify\\?token=[A-Za-z0-9_-]+)", Pattern.DOTALL).matcher(outbox);
                if (link.find()) {
                    links.put(account.email(), link.group(1));
                }
            }
            if (links.size() < accounts.size()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Only " + links.size() + " of " + accounts.size()
                            + " confirmation mails reached the Outbox");
                }
                Thread.sleep(200);
            }
        }
        for (Account account : accounts) {
            expect(account.browser().get(links.get(account.email())), 302, "opening the confirmation link of " + account.email());
            expect(account.browser().get("/account/welcome"), 200, "the welcome page of " + account.email());
        }
    }

    // --- Streams -----------------------------------------------------------------------------------------------

    private void open(List<Stream> readers, String liveHref, List<String> sessions) throws InterruptedException {
        Semaphore opening = new Semaphore(OPENING_AT_ONCE);
        CountDownLatch listening = new CountDownLatch(readers.size());
        for (Stream reader : readers) {
            opening.acquire();
            String cookies = "edition=" + reader.edition
                    + (reader.signedIn ? "; SESSION=" + sessions.get(reader.index % sessions.size()) : "");
            HttpRequest request = HttpRequest.newBuilder(URI.create(reader.node.base() + liveHref))
                    .header("Accept", "text/event-stream")
                    .header("Cache-Control", "no-cache")
                    .header("Cookie", cookies)
                    .GET().build();
            Thread.ofVirtual().name("stream-" + reader.index).start(() -> read(reader, request, opening, listening));
        }
        if (!listening.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException(listening.getCount() + " streams did not open within five minutes");
        }
        long failed = readers.stream().filter(reader -> reader.failure != null).count();
        if (failed > 0) {
            throw new IllegalStateException(failed + " streams failed to open, the first: "
                    + readers.stream().filter(reader -> reader.failure != null).findFirst().orElseThrow().failure);
        }
    }

    /** Reads one stream line by line until it ends, noting the arrival of each comment event. */
    private void read(Stream reader, HttpRequest request, Semaphore opening, CountDownLatch listening) {
        boolean opened = false;
        try {
            HttpResponse<InputStream> response = streams.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode());
            }
            try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                boolean commentEvent = false;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    long now = System.nanoTime();
                    if (!opened && line.startsWith(":") && line.contains("listening")) {
                        opened = true;
                        opening.release();
                        listening.countDown();
                    } else if (line.replace(" ", "").equals("event:comment")) {
                        commentEvent = true;
                    } else if (commentEvent && line.startsWith("data:")) {
                        Matcher id = COMMENT_ID.matcher(line);
                        if (id.find()) {
                            reader.arrivals.putIfAbsent(Long.parseLong(id.group(1)), now);
                        }
                        if (!id.find(0) || !line.contains(MARK)) {
                            reader.garbled.incrementAndGet();
                        }
                        commentEvent = false;
                    }
                }
            }
            reader.failure = "the stream ended";
        } catch (IOException | RuntimeException e) {
            reader.failure = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reader.failure = "interrupted";
        } finally {
            if (!opened) {
                opening.release();
                listening.countDown();
            }
        }
    }

    // --- Comments ----------------------------------------------------------------------------------------------

    /**
     * Posts comments through the article page's form in turn from the writers, every second one a reply to the
     * comment before it from another writer. Each writer loads the article page first, as the reader has it open
     * in a browser; the clock starts just before the POST.
     */
    private List<Posted> post(List<Browserless> writers, String articlePath, int first, int count, Duration interval)
            throws InterruptedException {
        List<Posted> posted = new ArrayList<>();
        Long lastTopLevel = null;
        for (int k = first; k < first + count; k++) {
            long due = System.nanoTime() + interval.toNanos();
            boolean reply = k % 2 == 1 && lastTopLevel != null;
            Browserless writer = writers.get((k / 2 + (reply ? 1 : 0)) % writers.size());
            writer.get(articlePath);
            Map<String, String> form = new HashMap<>();
            form.put("text", "Live comment " + (k + 1) + " of the benchmark: a reader's thought on the story, "
                    + "long enough to look like one, written over a " + MARK + ".");
            if (reply) {
                form.put("parent", lastTopLevel.toString());
            }
            long sent = System.nanoTime();
            HttpResponse<String> answer = writer.post(articlePath + "/comments", form);
            long answered = System.nanoTime();
            expect(answer, 303, "posting comment " + (k + 1));
            Matcher id = LOCATION_COMMENT.matcher(answer.headers().firstValue("Location").orElse(""));
            if (!id.find()) {
                throw new IllegalStateException("Comment " + (k + 1) + " was not published at once: "
                        + answer.headers().firstValue("Location").orElse("no Location"));
            }
            long commentId = Long.parseLong(id.group(1));
            posted.add(new Posted(commentId, sent, answered, reply));
            if (!reply) {
                lastTopLevel = commentId;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
        return posted;
    }

    /** Waits until every open stream has every comment, or the timeout after the last post passes. */
    private static void await(List<Stream> readers, List<Posted> posted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            boolean all = readers.stream().allMatch(reader -> posted.stream().allMatch(p -> reader.arrivals.containsKey(p.id())));
            if (all) {
                return;
            }
            Thread.sleep(50);
        }
    }

    // --- Figures -----------------------------------------------------------------------------------------------

    private void report(List<Stream> readers, List<Posted> posted, List<Node> nodes) {
        List<Long> all = new ArrayList<>();
        Map<Integer, List<Long>> byNode = new LinkedHashMap<>();
        int missed = 0;
        StringBuilder perComment = new StringBuilder();
        for (Posted comment : posted) {
            List<Long> latencies = new ArrayList<>();
            for (Stream reader : readers) {
                Long arrival = reader.arrivals.get(comment.id());
                if (arrival == null) {
                    missed++;
                    continue;
                }
                long latency = arrival - comment.sentNanos();
                latencies.add(latency);
                byNode.computeIfAbsent(reader.node.port(), port -> new ArrayList<>()).add(latency);
            }
            all.addAll(latencies);
            latencies.sort(null);
            perComment.append(String.format(Locale.ROOT, "%d %s post=%.1fms first=%s p50=%s p99=%s last=%s missed=%d; ",
                    comment.id(), comment.reply() ? "reply" : "comment",
                    (comment.answeredNanos() - comment.sentNanos()) / 1e6,
                    millis(percentile(latencies, 0)), millis(percentile(latencies, 50)),
                    millis(percentile(latencies, 99)), millis(percentile(latencies, 100)),
                    readers.size() - latencies.size()));
        }
        all.sort(null);
        results.put("readers", readers.size());
        results.put("signed_in_readers", readers.stream().filter(reader -> reader.signedIn).count());
        results.put("nodes", nodes.size());
        results.put("comments", posted.size());
        results.put("replies", posted.stream().filter(Posted::reply).count());
        results.put("deliveries", all.size());
        results.put("missed", missed);
        results.put("streams_failed", readers.stream().filter(reader -> reader.failure != null).count());
        results.put("garbled", readers.stream().mapToInt(reader -> reader.garbled.get()).sum());
        results.put("p50_ms", millis(percentile(all, 50)));
        results.put("p95_ms", millis(percentile(all, 95)));
        results.put("p99_ms", millis(percentile(all, 99)));
        results.put("max_ms", millis(percentile(all, 100)));
        List<Long> posts = posted.stream().map(p -> p.answeredNanos() - p.sentNanos()).sorted().toList();
        results.put("post_p50_ms", millis(percentile(posts, 50)));
        results.put("post_max_ms", millis(percentile(posts, 100)));
        for (int n = 0; n < nodes.size() && nodes.size() > 1; n++) {
            List<Long> latencies = byNode.getOrDefault(nodes.get(n).port(), new ArrayList<>());
            latencies.sort(null);
            String prefix = "node" + (n + 1) + "_";
            results.put(prefix + "deliveries", latencies.size());
            results.put(prefix + "p50_ms", millis(percentile(latencies, 50)));
            results.put(prefix + "p99_ms", millis(percentile(latencies, 99)));
            results.put(prefix + "max_ms", millis(percentile(latencies, 100)));
        }
        results.put("per_comment", perComment.toString().strip());
        log("%d deliveries, %d missed; p50 %s ms, p95 %s ms, p99 %s ms, max %s ms", all.size(), missed,
                results.get("p50_ms"), results.get("p95_ms"), results.get("p99_ms"), results.get("max_ms"));
    }

    /** The nearest-rank percentile of sorted values (0 gives the least), or null when there are none. */
    private static Long percentile(List<Long> sorted, double percent) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private static String millis(Long nanos) {
        return nanos == null ? "-" : String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }

    private static String ticksToSeconds(long ticks) {
        return String.format(Locale.ROOT, "%.2f", (double) ticks / CLOCK_TICKS_PER_SECOND);
    }

    /** CPU clock ticks of the nodes' JVMs, and of PostgreSQL: its postmaster and the postmaster's children. */
    private static long[] serverTicks(long[] pids) {
        long jvms = 0;
        long database = 0;
        for (long pid : pids) {
            boolean postmaster = ProcessHandle.of(pid).flatMap(handle -> handle.info().command())
                    .map(command -> command.endsWith("postgres")).orElse(false);
            if (postmaster) {
                database += ticks(pid);
                for (ProcessHandle child : ProcessHandle.of(pid).map(h -> h.children().toList()).orElse(List.of())) {
                    database += ticks(child.pid());
                }
            } else {
                jvms += ticks(pid);
            }
        }
        return new long[] {jvms, database};
    }

    /** User and system CPU ticks of a process, from /proc; 0 when it is gone. */
    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Busy and total clock ticks of all the machine's CPUs since boot. */
    private static long[] machineTicks() throws IOException {
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
        long[] v = Arrays.stream(cpu, 1, cpu.length).mapToLong(Long::parseLong).toArray();
        long busy = v[0] + v[1] + v[2] + v[5] + v[6];
        long total = busy + v[3] + v[4] + (v.length > 7 ? v[7] : 0);
        return new long[] {busy, total};
    }

    private static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    // --- Plumbing ----------------------------------------------------------------------------------------------

    private String get(Node node, String path) throws IOException, InterruptedException {
        HttpResponse<String> page = streams.send(HttpRequest.newBuilder(URI.create(node.base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        expect(page, 200, "GET " + node.base() + path);
        return page.body();
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            String body = response.body() == null ? "" : response.body();
            throw new IllegalStateException(what + ": HTTP " + response.statusCode() + " instead of " + status + " "
                    + response.headers().firstValue("Location").orElse("") + "\n"
                    + body.substring(0, Math.min(2_000, body.length())));
        }
    }

    private void write(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (var entry : results.entrySet()) {
                out.write(entry.getKey() + "=" + entry.getValue() + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void log(String format, Object... args) {
        System.err.printf("==> " + format + "%n", args);
    }
}
