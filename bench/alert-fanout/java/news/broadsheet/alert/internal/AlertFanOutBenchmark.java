package news.broadsheet.alert.internal;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import news.broadsheet.BroadsheetApplication;
import news.broadsheet.alert.internal.push.CryptoProvider;
import news.broadsheet.alert.internal.push.PushClient;
import news.broadsheet.alert.internal.push.P256;
import news.broadsheet.alert.internal.push.WebPushEncryption;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Java half of bench/alert-fanout.sh: starts Broadsheet in this JVM on a throwaway embedded database,
 * stores the given numbers of subscriptions whose endpoints are on the local push sink, sends one alert to
 * each set through the production path (AlertDispatch, then db-scheduler's plan and batch jobs on the same
 * FanOut and PushClient). The largest is sent several times in a row to the same subscriptions, and the
 * crypto-only limit is measured before the first of them and after each: RFC 8291 encryption of the same payload
 * with the same code on every core, no I/O. Writes its figures as "name=value" lines.
 *
 * <p>Generating a P-256 key pair per subscription is what browsers do, but a million of them would take
 * longer than the fan-out; the subscriptions reuse a pool of key pairs and auth secrets instead. The sender
 * cannot tell: it still does a fresh key pair, ECDH and HKDF per message.
 *
 * <p>The sink is nginx, which writes a line to its access log for each message; the messages of a run are the
 * lines added to the log meanwhile.
 *
 * <p>Arguments: SINK_URL SINK_LOG DATABASE_DIR RESULTS_FILE NODE_SUBSCRIPTIONS_FILE NODE_COUNT CRYPTO_SECONDS REPEATS
 * SINK_PID SIZE...
 */
public final class AlertFanOutBenchmark {

    private static final int KEY_POOL = 1_000;
    /**
     * PostgreSQL's page cache, as an operator would size it for a list of a million subscriptions: with its
     * default of 128 MB, the subscriptions and their indexes do not fit, and each batch reads its pages through
     * the kernel's cache, about an eighth of the database's CPU in a fan-out (`perf`).
     */
    private static final String SHARED_BUFFERS = "512MB";
    private static final String EDITION = "uk";
    private static final String TOPIC = "breaking";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private record PoolKey(byte[] p256dh, byte[] auth) {
    }

    private final Map<String, Object> results = new LinkedHashMap<>();
    private final String sink;
    private final SinkLog sinkLog;
    private final long sinkPid;
    private final List<PoolKey> keys;
    private final EncryptionAt encryptionAt;

    private AlertFanOutBenchmark(String sink, SinkLog sinkLog, long sinkPid, List<PoolKey> keys) {
        this.sink = sink;
        this.sinkLog = sinkLog;
        this.sinkPid = sinkPid;
        this.keys = keys;
        this.encryptionAt = encryptionAt(keys);
    }

    public static void main(String[] args) throws Exception {
        String sink = args[0];
        Path sinkLog = Path.of(args[1]);
        Path databaseDirectory = Path.of(args[2]);
        Path resultsFile = Path.of(args[3]);
        Path nodeSubscriptions = Path.of(args[4]);
        int nodeCount = Integer.parseInt(args[5]);
        int cryptoSeconds = Integer.parseInt(args[6]);
        int repeats = Integer.parseInt(args[7]);
        long sinkPid = Long.parseLong(args[8]);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 9; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }

        AlertFanOutBenchmark benchmark = new AlertFanOutBenchmark(sink, new SinkLog(sinkLog), sinkPid, keyPool());
        benchmark.results.put("provider", CryptoProvider.describe(CryptoProvider.fastest()));
        benchmark.results.put("key_pool", KEY_POOL);
        benchmark.results.put("shared_buffers", SHARED_BUFFERS);
        benchmark.writeNodeSubscriptions(nodeSubscriptions, nodeCount);

        ConfigurableApplicationContext app = SpringApplication.run(BroadsheetApplication.class,
                "--server.address=127.0.0.1",
                "--server.port=0",
                "--broadsheet.embedded-database.directory=" + databaseDirectory,
                "--broadsheet.embedded-database.clean=true",
                "--broadsheet.embedded-database.shared-buffers=" + SHARED_BUFFERS,
                "--broadsheet.demo.enabled=false",
                "--logging.level.root=WARN");
        benchmark.results.put("tls", app.getBean(PushClient.class).tlsImplementation());
        try {
            for (int i = 0; i < sizes.size(); i++) {
                int size = sizes.get(i);
                benchmark.subscribe(app, size);
                if (i < sizes.size() - 1) {
                    benchmark.fanOut(app, databaseDirectory, size, "fanout_" + size + "_");
                    continue;
                }
                benchmark.results.put("repeats", repeats);
                benchmark.cryptoOnly(cryptoSeconds, 0);
                for (int repeat = 1; repeat <= repeats; repeat++) {
                    benchmark.fanOut(app, databaseDirectory, size, "fanout_" + size + "_" + repeat + "_");
                    benchmark.cryptoOnly(cryptoSeconds, repeat);
                }
            }
            benchmark.cryptoOnlyWithJdk(cryptoSeconds);
        } finally {
            app.close();
        }
        StringBuilder lines = new StringBuilder();
        benchmark.results.forEach((name, value) -> lines.append(name).append('=').append(value).append('\n'));
        Files.writeString(resultsFile, lines);
        System.out.print(lines);
        System.exit(0);
    }

    private static List<PoolKey> keyPool() throws GeneralSecurityException {
        SecureRandom random = new SecureRandom();
        List<PoolKey> pool = new ArrayList<>(KEY_POOL);
        for (int i = 0; i < KEY_POOL; i++) {
            KeyPair pair = P256.generate(CryptoProvider.fastest());
            byte[] auth = new byte[16];
            random.nextBytes(auth);
            pool.add(new PoolKey(P256.encode((ECPublicKey) pair.getPublic()), auth));
        }
        return pool;
    }

    private void writeNodeSubscriptions(Path file, int count) throws IOException {
        try (Writer out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < count; i++) {
                PoolKey key = keys.get(i % KEY_POOL);
                out.write("{\"endpoint\":\"" + sink + "/push/node/" + i + "\",\"p256dh\":\""
                        + BASE64URL.encodeToString(key.p256dh()) + "\",\"auth\":\"" + BASE64URL.encodeToString(key.auth()) + "\"}\n");
            }
        }
    }

    /**
     * Replaces the stored subscriptions with {@code size} new ones. It runs before the crypto-only measurement
     * that precedes the largest fan-outs, so that this measurement ends right as the first of them is sent.
     */
    private void subscribe(ConfigurableApplicationContext app, int size) throws Exception {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        jdbc.sql("delete from push_subscription").update();
        Instant insertStart = Instant.now();
        insertSubscriptions(app.getBean(DataSource.class), size);
        jdbc.sql("vacuum analyze push_subscription, push_success_block").update();
        results.put("fanout_" + size + "_insert_seconds", seconds(Duration.between(insertStart, Instant.now())));
    }

    /** Sends one alert to the stored subscriptions and notes its figures under names that start with {@code prefix}. */
    private void fanOut(ConfigurableApplicationContext app, Path databaseDirectory, int size, String prefix)
            throws Exception {
        long logStart = sinkLog.end();
        long postmaster = Long.parseLong(Files.readAllLines(databaseDirectory.resolve("postmaster.pid")).getFirst().strip());
        long jvmCpu0 = jvmCpuNanos();
        long databaseTicks0 = processTreeTicks(postmaster);
        long sinkTicks0 = processTreeTicks(sinkPid);
        HeapSampler heap = HeapSampler.start();
        CryptoProbe probe = CryptoProbe.start(encryptionAt, benchmarkPayload());

        Instant start = Instant.now();
        long alertId = app.getBean(AlertDispatch.class).send(new NewAlert("Talks in Sochi end with little progress",
                "Negotiators leave without a date for the next round; both sides blame the other.",
                "/articles/sochi-talks", null, EDITION, List.of(TOPIC), start, "bench@broadsheet.localhost"), true);
        Alerts alerts = app.getBean(Alerts.class);
        Alert alert = alerts.find(alertId).orElseThrow();
        while (alert.status() != AlertStatus.FINISHED) {
            Thread.sleep(100);
            alert = alerts.find(alertId).orElseThrow();
        }
        Instant finished = Instant.now();
        long peakHeap = heap.stop();
        probe.stop();
        long jvmCpu = jvmCpuNanos() - jvmCpu0 - probe.ownCpuNanos();
        long databaseTicks = processTreeTicks(postmaster) - databaseTicks0;
        long sinkTicks = processTreeTicks(sinkPid) - sinkTicks0;
        SinkLog.Stats stats = sinkLog.since(logStart);

        long lastDeliveryMillis = stats.lastAtMillis() - start.toEpochMilli();
        results.put(prefix + "subscriptions", size);
        results.put(prefix + "sent", alert.sent());
        results.put(prefix + "failed", alert.failed());
        results.put(prefix + "pruned", alert.pruned());
        results.put(prefix + "sink_messages", stats.messages());
        results.put(prefix + "sink_http2_messages", stats.http2Messages());
        results.put(prefix + "last_delivery_seconds", String.format("%.2f", lastDeliveryMillis / 1000.0));
        results.put(prefix + "finished_seconds", seconds(Duration.between(start, finished)));
        results.put(prefix + "alerts_per_second", Math.round(size * 1000.0 / lastDeliveryMillis));
        results.put(prefix + "jvm_cpu_seconds", String.format("%.2f", jvmCpu / 1e9));
        results.put(prefix + "database_cpu_seconds", String.format("%.2f", databaseTicks / (double) CLOCK_TICKS_PER_SECOND));
        results.put(prefix + "sink_cpu_seconds", String.format("%.2f", sinkTicks / (double) CLOCK_TICKS_PER_SECOND));
        results.put(prefix + "peak_heap_mib", peakHeap >> 20);
        results.put(prefix + "probe_messages", probe.messages());
        results.put(prefix + "probe_crypto_cpu_microseconds", String.format("%.1f", probe.cpuMicrosPerMessage()));
        System.out.printf("fan-out to %d (%s): %s%n", size, prefix, results);
    }

    /** COPY, as a bulk import would; the rows are what a browser's subscribe call stores. */
    private void insertSubscriptions(DataSource dataSource, int size) throws Exception {
        HexFormat hex = HexFormat.of();
        List<String> p256dh = keys.stream().map(key -> "\\x" + hex.formatHex(key.p256dh())).toList();
        List<String> auth = keys.stream().map(key -> "\\x" + hex.formatHex(key.auth())).toList();
        try (Connection connection = dataSource.getConnection()) {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy push_subscription (endpoint, p256dh, auth, edition_code, topics) from stdin with (format csv)");
            StringBuilder rows = new StringBuilder();
            for (int i = 0; i < size; i++) {
                rows.append(sink).append("/push/").append(i).append(',')
                        .append(p256dh.get(i % KEY_POOL)).append(',').append(auth.get(i % KEY_POOL)).append(',')
                        .append(EDITION).append(",{").append(TOPIC).append("}\n");
                if (rows.length() > 1 << 20 || i == size - 1) {
                    byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    rows.setLength(0);
                }
            }
            copy.endCopy();
        }
    }

    /** nginx's access log, a line "msec protocol status" per message, written out at least every second. */
    private record SinkLog(Path file) {

        record Stats(long messages, long http2Messages, long lastAtMillis) {
        }

        /** Where the log ends once nginx has written out what it holds. */
        long end() throws IOException, InterruptedException {
            Thread.sleep(Duration.ofMillis(2_500));
            return Files.size(file);
        }

        Stats since(long offset) throws IOException, InterruptedException {
            long end = end();
            long messages = 0;
            long http2 = 0;
            double last = 0;
            try (FileChannel channel = FileChannel.open(file)) {
                ByteBuffer bytes = ByteBuffer.allocate(Math.toIntExact(end - offset));
                channel.read(bytes, offset);
                for (String line : new String(bytes.array(), StandardCharsets.US_ASCII).split("\n")) {
                    String[] fields = line.split(" ");
                    if (fields.length == 3 && fields[2].equals("201")) {
                        messages++;
                        http2 += fields[1].equals("HTTP/2.0") ? 1 : 0;
                        last = Math.max(last, Double.parseDouble(fields[0]));
                    }
                }
            }
            return new Stats(messages, http2, Math.round(last * 1000));
        }
    }

    /**
     * The same encryption as PushClient's, on every core, for a fixed time: the most this machine could send.
     * Besides the rate, the CPU time per message, which other work on the machine changes far less than the
     * rate. This machine's speed drifts by up to a half within minutes, so the limit is measured before each of
     * the largest fan-outs and after each ({@code run} 0 before the first, {@code run} n after the n-th), and
     * the report holds each fan-out to the cheaper of the two runs around it, the higher limit.
     */
    private void cryptoOnly(int seconds, int run) throws InterruptedException {
        int threads = Runtime.getRuntime().availableProcessors();
        results.put("crypto_threads", threads);
        Encryption measured = encryption(CryptoProvider.fastest(), benchmarkPayload(), threads, seconds);
        results.put("crypto_" + run + "_per_second", measured.perSecond());
        results.put("crypto_" + run + "_cpu_microseconds", String.format("%.1f", measured.cpuMicrosPerMessage()));
        results.put("crypto_" + run + "_thread_cpu_microseconds", String.format("%.1f", measured.threadCpuMicrosPerMessage()));
    }

    private void cryptoOnlyWithJdk(int seconds) throws InterruptedException {
        Encryption jdk = encryption(null, benchmarkPayload(), Runtime.getRuntime().availableProcessors(),
                Math.max(1, seconds / 2));
        results.put("crypto_jdk_per_second", jdk.perSecond());
        results.put("crypto_jdk_cpu_microseconds", String.format("%.1f", jdk.cpuMicrosPerMessage()));
    }

    private static byte[] benchmarkPayload() {
        return AlertMessage.of(new Alert(1, "Talks in Sochi end with little progress",
                "Negotiators leave without a date for the next round; both sides blame the other.",
                "/articles/sochi-talks", null, EDITION, List.of(TOPIC), null, Duration.ofHours(1),
                AlertStatus.SENDING, 0, 0, 0, 0, 0, "bench", null, null, null, null, false)).payload();
    }

    /**
     * {@code cpuMicrosPerMessage}: the whole JVM's CPU time, so that the garbage collector and the provider's
     * cleaner of native keys, which run because of the encryption, are counted as they are in the fan-out;
     * {@code threadCpuMicrosPerMessage}: only the encrypting threads'.
     */
    private record Encryption(long perSecond, double cpuMicrosPerMessage, double threadCpuMicrosPerMessage) {
    }

    private Encryption encryption(Provider provider, byte[] payload, int threads, int seconds) throws InterruptedException {
        WebPushEncryption encryption = new WebPushEncryption(provider);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        AtomicBoolean measuring = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong messages = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            workers.add(Thread.ofPlatform().start(() -> {
                try {
                    while (!measuring.get()) {
                        encryptionAt.encrypt(encryption, payload, offset);
                    }
                    long cpu0 = cpu.getCurrentThreadCpuTime();
                    long counted = 0;
                    for (int i = offset; measuring.get(); i++, counted++) {
                        encryptionAt.encrypt(encryption, payload, i);
                    }
                    cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - cpu0);
                    messages.addAndGet(counted);
                    while (!stop.get()) {
                        encryptionAt.encrypt(encryption, payload, offset);
                    }
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        Thread.sleep(Duration.ofSeconds(Math.max(1, seconds / 3)));
        long processCpu0 = jvmCpuNanos();
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep(Duration.ofSeconds(seconds));
        measuring.set(false);
        long elapsed = System.nanoTime() - start;
        long processCpu = jvmCpuNanos() - processCpu0;
        stop.set(true);
        for (Thread worker : workers) {
            worker.join();
        }
        return new Encryption(Math.round(messages.get() * 1e9 / elapsed), processCpu / 1e3 / messages.get(),
                cpuNanos.get() / 1e3 / messages.get());
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * User and system CPU time, in clock ticks, of a process and its children (PostgreSQL's backends, the sink's
     * workers): those running now and those that have ended, such as PostgreSQL's autovacuum workers.
     */
    private static long processTreeTicks(long pid) {
        long total = processTicks(pid);
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                String children = Files.readString(task.resolve("children")).strip();
                if (!children.isEmpty()) {
                    for (String child : children.split("\\s+")) {
                        total += processTicks(Long.parseLong(child));
                    }
                }
            }
        } catch (IOException gone) {
            // The process ended meanwhile; what was read so far is all there is.
        }
        return total;
    }

    private static long processTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime, then cutime and cstime: the time of its children that have ended.
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12])
                    + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private static String seconds(Duration duration) {
        return String.format("%.2f", duration.toMillis() / 1000.0);
    }

    /** One message encrypted for the {@code i}th subscription of the key pool. */
    private interface EncryptionAt {
        void encrypt(WebPushEncryption encryption, byte[] payload, int i) throws GeneralSecurityException;
    }

    private static EncryptionAt encryptionAt(List<PoolKey> keys) {
        return (encryption, payload, i) -> {
            PoolKey key = keys.get(i % KEY_POOL);
            encryption.encrypt(payload, key.p256dh(), key.auth());
        };
    }

    /**
     * Encrypts a hundred messages every half second while a fan-out runs, and times its own thread: what the
     * crypto-only work costs at the same moment and under the same load as the fan-out's, which the crypto-only
     * runs before and after cannot tell on a machine whose speed drifts. The first quarter of each round is not
     * timed: after half a second asleep, the provider's tables and the code have left the CPU's caches, which
     * the fan-out's own threads, encrypting without pause, do not suffer. Its thread's CPU time is taken out of
     * the fan-out's.
     */
    private static final class CryptoProbe {
        private static final int MESSAGES_A_ROUND = 100;
        private static final int UNTIMED_A_ROUND = 25;
        private static final Duration BETWEEN_ROUNDS = Duration.ofMillis(500);
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong timedNanos = new AtomicLong();
        private final AtomicLong timed = new AtomicLong();
        private final AtomicLong ownNanos = new AtomicLong();
        private Thread thread;

        static CryptoProbe start(EncryptionAt encryptionAt, byte[] payload) {
            CryptoProbe probe = new CryptoProbe();
            WebPushEncryption encryption = new WebPushEncryption(CryptoProvider.fastest());
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            probe.thread = Thread.ofPlatform().daemon().name("crypto-probe").start(() -> {
                long start = cpu.getCurrentThreadCpuTime();
                try {
                    for (int i = 0; probe.running.get(); ) {
                        for (int n = 0; n < UNTIMED_A_ROUND; n++, i++) {
                            encryptionAt.encrypt(encryption, payload, i);
                        }
                        long round = cpu.getCurrentThreadCpuTime();
                        for (int n = UNTIMED_A_ROUND; n < MESSAGES_A_ROUND; n++, i++) {
                            encryptionAt.encrypt(encryption, payload, i);
                        }
                        probe.timedNanos.addAndGet(cpu.getCurrentThreadCpuTime() - round);
                        probe.timed.addAndGet(MESSAGES_A_ROUND - UNTIMED_A_ROUND);
                        Thread.sleep(BETWEEN_ROUNDS);
                    }
                } catch (InterruptedException | GeneralSecurityException stopped) {
                    throw new IllegalStateException(stopped);
                } finally {
                    probe.ownNanos.set(cpu.getCurrentThreadCpuTime() - start);
                }
            });
            return probe;
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }

        long messages() {
            return timed.get();
        }

        double cpuMicrosPerMessage() {
            return timedNanos.get() / 1e3 / timed.get();
        }

        long ownCpuNanos() {
            return ownNanos.get();
        }
    }

    /** The most heap in use, sampled every 50 ms while the fan-out runs. */
    private static final class HeapSampler {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong peak = new AtomicLong();
        private Thread thread;

        static HeapSampler start() {
            HeapSampler sampler = new HeapSampler();
            sampler.thread = Thread.ofPlatform().daemon().start(() -> {
                while (sampler.running.get()) {
                    sampler.peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            return sampler;
        }

        long stop() throws InterruptedException {
            running.set(false);
            thread.join();
            return peak.get();
        }
    }
}
