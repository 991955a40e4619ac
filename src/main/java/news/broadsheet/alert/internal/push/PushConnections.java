package news.broadsheet.alert.internal.push;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http2.Http2ConnectionHandler;
import io.netty.handler.codec.http2.Http2ConnectionHandlerBuilder;
import io.netty.handler.codec.http2.Http2Error;
import io.netty.handler.codec.http2.Http2EventAdapter;
import io.netty.handler.codec.http2.Http2Headers;
import io.netty.handler.codec.http2.Http2HeadersEncoder;
import io.netty.handler.codec.http2.Http2SecurityUtil;
import io.netty.handler.codec.http2.Http2Settings;
import io.netty.handler.codec.http2.Http2Stream;
import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.ApplicationProtocolNegotiationHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.SupportedCipherSuiteFilter;
import io.netty.util.AsciiString;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;

/**
 * HTTP/2 over TLS to push services, on Netty. One event-loop thread does the TLS (BoringSSL when its native
 * library loads on this platform, else the JDK's) and the framing of every connection, and many messages
 * share each connection as concurrent streams: senders queue their messages and the loop writes all that
 * are waiting with one flush. A sender does not wait for the answer: its message's future completes on the
 * loop when the answer is read, so no thread is parked per message in flight, and the loop itself gives up on
 * answers that do not come in time.
 *
 * <p>An origin gets one connection, and another (up to {@value #CONNECTIONS_PER_ORIGIN}) when every one it
 * has carries as many streams as the push service allows; beyond that, new streams wait in the connection
 * for a free slot. A connection the push service closes or sends GOAWAY on is replaced for new messages.
 */
final class PushConnections implements AutoCloseable {

    static final int CONNECTIONS_PER_ORIGIN = 4;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Until a push service says otherwise in its SETTINGS; RFC 9113 recommends allowing at least 100. */
    private static final int ASSUMED_STREAM_LIMIT = 100;

    /** The push service's TLS endpoint did not agree to speak HTTP/2. */
    static final class NotHttp2Exception extends IOException {
        NotHttp2Exception(String origin, String protocol) {
            super(origin + " offers " + protocol + ", not HTTP/2");
        }
    }

    /** The message never left: its stream could not be opened or written, so sending it again cannot duplicate it. */
    private static final class NotSentException extends IOException {
        NotSentException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /** The status line and the one response header a push service's answer is read for. */
    record Response(int status, String retryAfter) {
    }

    /**
     * How long the first message queued on an idle connection waits for others to share its write. Writing
     * each message as it comes costs a wake-up of the loop, a TLS record and a system call per message, on
     * both sides of the connection; push is not that hurried.
     */
    private static final Duration GATHERING = Duration.ofMillis(1);
    private static final AsciiString POST = AsciiString.cached("POST");
    private static final AsciiString HTTPS = AsciiString.cached("https");
    /**
     * Every message has its own path, which HPACK would otherwise add to the connection's header table only
     * for it never to be used again, pushing out the headers every message repeats, the VAPID token first.
     */
    private static final Http2HeadersEncoder.SensitivityDetector NEVER_INDEX_PATHS =
            (name, value) -> Http2Headers.PseudoHeaderName.PATH.value().contentEquals(name);
    /** Opening a connection for a second try blocks, so it runs on a virtual thread, never on the event loop. */
    private static final Executor SECOND_TRIES = command -> Thread.ofVirtual().name("push-second-try").start(command);

    /** Linux's epoll through Netty's native transport where it loads: waking its loop for new messages takes no lock. */
    private final boolean epoll;
    private final EventLoopGroup loop;
    private final SslProvider tlsProvider;
    private final SslContext tls;
    private final Map<String, Origin> origins = new ConcurrentHashMap<>();

    /** {@code trust} decides which certificates are believed; {@code null} means the JDK's default trust store. */
    PushConnections(TrustManagerFactory trust) throws SSLException {
        this.epoll = Epoll.isAvailable();
        this.loop = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("push-io", true),
                epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
        this.tlsProvider = SslProvider.isAlpnSupported(SslProvider.OPENSSL) ? SslProvider.OPENSSL : SslProvider.JDK;
        SslContextBuilder builder = SslContextBuilder.forClient()
                .sslProvider(tlsProvider)
                .endpointIdentificationAlgorithm("HTTPS")
                .ciphers(Http2SecurityUtil.CIPHERS, SupportedCipherSuiteFilter.INSTANCE)
                .applicationProtocolConfig(new ApplicationProtocolConfig(ApplicationProtocolConfig.Protocol.ALPN,
                        ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
                        ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT,
                        ApplicationProtocolNames.HTTP_2));
        if (trust != null) {
            builder.trustManager(trust);
        }
        this.tls = builder.build();
    }

    /** Which TLS implementation the connections use, for the record of a benchmark. */
    String tlsImplementation() {
        return (tlsProvider == SslProvider.OPENSSL ? "BoringSSL (netty-tcnative)" : "the JDK's")
                + (epoll ? " over epoll" : " over Java NIO");
    }

    /**
     * Starts POSTing {@code body} to an {@code https} endpoint; the future completes with the push service's
     * answer on the event loop, or with an {@link IOException} if none came within {@code timeout}. Finding a
     * connection may block the caller while one is opened: it throws {@link NotHttp2Exception} if the push
     * service does not speak HTTP/2, and another {@link IOException} if it cannot be reached.
     */
    CompletableFuture<Response> post(URI endpoint, Http2Headers headers, byte[] body, Duration timeout)
            throws IOException, InterruptedException {
        String host = endpoint.getHost();
        int port = endpoint.getPort() == -1 ? 443 : endpoint.getPort();
        Origin origin = origins.computeIfAbsent(host + ":" + port, key -> new Origin(host, port));
        String path = endpoint.getRawPath() + (endpoint.getRawQuery() == null ? "" : "?" + endpoint.getRawQuery());
        headers.method(POST).scheme(HTTPS).authority(endpoint.getRawAuthority()).path(path);
        return origin.connection().exchange(headers, body, timeout).exceptionallyComposeAsync(failure -> {
            if (!(unwrap(failure) instanceof NotSentException)) {
                return CompletableFuture.failedFuture(failure);
            }
            // An idle connection the push service closed a moment ago looks usable until the loop reads the close.
            try {
                return origin.connection().exchange(headers, body, timeout);
            } catch (IOException | InterruptedException unreachable) {
                return CompletableFuture.failedFuture(unreachable);
            }
        }, SECOND_TRIES);
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException wrapped && wrapped.getCause() != null ? wrapped.getCause() : failure;
    }

    @Override
    public void close() {
        loop.shutdownGracefully(0, 2, TimeUnit.SECONDS);
    }

    private final class Origin {

        private final String host;
        private final int port;
        private final ReentrantLock opening = new ReentrantLock();
        private volatile List<Connection> connections = List.of();

        Origin(String host, int port) {
            this.host = host;
            this.port = port;
        }

        Connection connection() throws IOException, InterruptedException {
            Connection least = leastBusy();
            if (least != null && least.hasRoom()) {
                return least;
            }
            opening.lockInterruptibly();
            try {
                List<Connection> usable = connections.stream().filter(Connection::usable).toList();
                least = leastBusy();
                if (least != null && (least.hasRoom() || usable.size() >= CONNECTIONS_PER_ORIGIN)) {
                    return least;
                }
                Connection fresh = connect();
                List<Connection> grown = new ArrayList<>(usable);
                grown.add(fresh);
                connections = List.copyOf(grown);
                return fresh;
            } finally {
                opening.unlock();
            }
        }

        /** Looked for on every message, so a plain loop over the few connections rather than a stream. */
        private Connection leastBusy() {
            Connection least = null;
            for (Connection connection : connections) {
                if (connection.usable() && (least == null || connection.active.get() < least.active.get())) {
                    least = connection;
                }
            }
            return least;
        }

        private Connection connect() throws IOException, InterruptedException {
            CompletableFuture<Connection> ready = new CompletableFuture<>();
            String name = host + ":" + port;
            ChannelFuture connecting = new Bootstrap().group(loop)
                    .channel(epoll ? EpollSocketChannel.class : NioSocketChannel.class)
                    .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) CONNECT_TIMEOUT.toMillis())
                    .option(ChannelOption.TCP_NODELAY, true)
                    .handler(new ChannelInitializer<>() {
                        @Override
                        protected void initChannel(Channel channel) {
                            channel.pipeline().addLast(tls.newHandler(channel.alloc(), host, port),
                                    new Negotiation(name, ready));
                        }
                    })
                    .connect(host, port);
            connecting.addListener(done -> {
                if (!done.isSuccess()) {
                    ready.completeExceptionally(done.cause());
                }
            });
            try {
                return ready.get(CONNECT_TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS);
            } catch (ExecutionException failed) {
                connecting.channel().close();
                throw failed.getCause() instanceof IOException io ? io : new IOException(failed.getCause());
            } catch (TimeoutException slow) {
                connecting.channel().close();
                throw new IOException(name + " did not complete an HTTP/2 handshake in time");
            }
        }
    }

    /** Sets up HTTP/2 once TLS has agreed on it; the connection is handed over when the peer's SETTINGS came. */
    private static final class Negotiation extends ApplicationProtocolNegotiationHandler {

        private final String origin;
        private final CompletableFuture<Connection> ready;

        Negotiation(String origin, CompletableFuture<Connection> ready) {
            super(ApplicationProtocolNames.HTTP_1_1);
            this.origin = origin;
            this.ready = ready;
        }

        @Override
        protected void configurePipeline(ChannelHandlerContext context, String protocol) {
            if (!ApplicationProtocolNames.HTTP_2.equals(protocol)) {
                ready.completeExceptionally(new NotHttp2Exception(origin, protocol));
                context.close();
                return;
            }
            Connection connection = new Connection(context.channel(), ready);
            Http2ConnectionHandler http2 = new Http2ConnectionHandlerBuilder().server(false)
                    .frameListener(connection).encoderEnforceMaxConcurrentStreams(true)
                    .headerSensitivityDetector(NEVER_INDEX_PATHS).build();
            http2.connection().addListener(connection);
            context.pipeline().addLast(http2, new ConnectionWatcher(connection, ready));
            connection.attach(http2, context.pipeline().context(http2));
        }

        @Override
        protected void handshakeFailure(ChannelHandlerContext context, Throwable cause) {
            ready.completeExceptionally(cause instanceof IOException io ? io : new IOException(cause));
            context.close();
        }
    }

    /** Notices the end of the connection, after which no new stream starts on it. */
    private static final class ConnectionWatcher extends ChannelInboundHandlerAdapter {

        private final Connection connection;
        private final CompletableFuture<Connection> ready;

        ConnectionWatcher(Connection connection, CompletableFuture<Connection> ready) {
            this.connection = connection;
            this.ready = ready;
        }

        @Override
        public void channelInactive(ChannelHandlerContext context) {
            connection.goingAway = true;
            IOException closed = new IOException("the push service closed the connection");
            ready.completeExceptionally(closed);
            context.fireChannelInactive();
            connection.failAll(closed);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
            connection.goingAway = true;
            ready.completeExceptionally(cause);
            context.close();
        }
    }

    /**
     * One HTTP/2 connection. Messages are written as streams straight through Netty's HTTP/2 encoder, without
     * a child channel each, and answers are matched to their senders by stream id; the map of streams is only
     * touched on the event loop.
     */
    private static final class Connection extends Http2EventAdapter {

        private final Channel channel;
        private final CompletableFuture<Connection> ready;
        private final AtomicInteger active = new AtomicInteger();
        private final Queue<ResponseReader> pending = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean drainScheduled = new AtomicBoolean();
        private final Map<Integer, ResponseReader> streams = new HashMap<>();
        private Http2ConnectionHandler http2;
        private ChannelHandlerContext context;
        private volatile int streamLimit = ASSUMED_STREAM_LIMIT;
        private volatile boolean goingAway;

        Connection(Channel channel, CompletableFuture<Connection> ready) {
            this.channel = channel;
            this.ready = ready;
        }

        void attach(Http2ConnectionHandler http2, ChannelHandlerContext context) {
            this.http2 = http2;
            this.context = context;
            ScheduledFuture<?> sweeping = channel.eventLoop().scheduleAtFixedRate(this::expireUnanswered,
                    1, 1, TimeUnit.SECONDS);
            channel.closeFuture().addListener(closed -> sweeping.cancel(false));
        }

        boolean usable() {
            return !goingAway && channel.isActive();
        }

        boolean hasRoom() {
            return active.get() < streamLimit;
        }

        CompletableFuture<Response> exchange(Http2Headers headers, byte[] body, Duration timeout) {
            ResponseReader reader = new ResponseReader(headers, body, System.nanoTime() + timeout.toNanos());
            active.incrementAndGet();
            reader.response.whenComplete((response, failure) -> active.decrementAndGet());
            pending.add(reader);
            if (drainScheduled.compareAndSet(false, true)) {
                try {
                    channel.eventLoop().schedule(this::drain, GATHERING.toNanos(), TimeUnit.NANOSECONDS);
                } catch (RejectedExecutionException stopping) {
                    reader.response.completeExceptionally(new NotSentException("the push connections are closing", stopping));
                }
            }
            return reader.response;
        }

        /** Runs on the event loop every second: gives up on messages the push service has not answered in time. */
        private void expireUnanswered() {
            long now = System.nanoTime();
            List<ResponseReader> late = streams.values().stream().filter(reader -> now - reader.deadline >= 0).toList();
            for (ResponseReader reader : late) {
                // Removed before the reset, which closes the stream and would otherwise report it closed unanswered.
                streams.remove(reader.streamId);
                reader.response.completeExceptionally(new IOException("no answer from the push service in time"));
                http2.resetStream(context, reader.streamId, Http2Error.CANCEL.code(), context.newPromise());
            }
            if (!late.isEmpty()) {
                channel.flush();
            }
        }

        /** Runs on the event loop once the connection is closed: nothing waiting on it will be answered. */
        private void failAll(IOException cause) {
            for (ResponseReader reader = pending.poll(); reader != null; reader = pending.poll()) {
                reader.response.completeExceptionally(new NotSentException("the connection closed", cause));
            }
            streams.values().forEach(reader -> reader.response.completeExceptionally(cause));
            streams.clear();
        }

        /**
         * Runs on the event loop: starts a stream for every message waiting and writes them all with one flush.
         * Senders hand their messages over through a queue rather than a task each, so a busy fan-out wakes
         * the loop once for many messages, not once for each.
         */
        private void drain() {
            drainScheduled.set(false);
            boolean wrote = false;
            for (ResponseReader reader = pending.poll(); reader != null; reader = pending.poll()) {
                wrote |= start(reader);
            }
            if (wrote) {
                channel.flush();
            }
        }

        /** Writes the message as a new stream, unless the connection is closing or out of stream ids. */
        private boolean start(ResponseReader reader) {
            if (!usable()) {
                reader.response.completeExceptionally(new NotSentException("the connection is closing", null));
                return false;
            }
            int id = http2.connection().local().incrementAndGetNextStreamId();
            if (id <= 0) {
                // A connection's 2^30 client stream ids are used up: the message goes on a fresh connection.
                goingAway = true;
                reader.response.completeExceptionally(new NotSentException("the connection has no stream ids left", null));
                return false;
            }
            reader.streamId = id;
            streams.put(id, reader);
            ChannelFutureListener unsent = written -> {
                if (!written.isSuccess() && streams.remove(id) != null) {
                    reader.response.completeExceptionally(new NotSentException("could not send the message", written.cause()));
                }
            };
            http2.encoder().writeHeaders(context, id, reader.headers, 0, false, context.newPromise()).addListener(unsent);
            http2.encoder().writeData(context, id, Unpooled.wrappedBuffer(reader.body), 0, true, context.newPromise())
                    .addListener(unsent);
            return true;
        }

        @Override
        public void onSettingsRead(ChannelHandlerContext context, Http2Settings settings) {
            Long limit = settings.maxConcurrentStreams();
            if (limit != null) {
                streamLimit = (int) Math.min(limit, Integer.MAX_VALUE);
            }
            ready.complete(this);
        }

        @Override
        public void onHeadersRead(ChannelHandlerContext context, int streamId, Http2Headers headers, int padding,
                                  boolean endOfStream) {
            answered(streamId, headers);
        }

        @Override
        public void onHeadersRead(ChannelHandlerContext context, int streamId, Http2Headers headers, int streamDependency,
                                  short weight, boolean exclusive, int padding, boolean endOfStream) {
            answered(streamId, headers);
        }

        private void answered(int streamId, Http2Headers headers) {
            CharSequence status = headers.status();
            if (status == null || status.length() == 0 || status.charAt(0) == '1') {
                return;
            }
            ResponseReader reader = streams.remove(streamId);
            if (reader != null) {
                CharSequence retryAfter = headers.get("retry-after");
                reader.response.complete(new Response(Integer.parseInt(status.toString()),
                        retryAfter == null ? null : retryAfter.toString()));
            }
        }

        @Override
        public int onDataRead(ChannelHandlerContext context, int streamId, ByteBuf data, int padding, boolean endOfStream) {
            return data.readableBytes() + padding;
        }

        @Override
        public void onGoAwayRead(ChannelHandlerContext context, int lastStreamId, long errorCode, ByteBuf debugData) {
            goingAway = true;
        }

        @Override
        public void onStreamClosed(Http2Stream stream) {
            ResponseReader reader = streams.remove(stream.id());
            if (reader != null) {
                reader.response.completeExceptionally(new IOException("the stream closed before an answer"));
            }
        }
    }

    /** One message on its way: what to send, and where its answer goes. */
    private static final class ResponseReader {

        private final CompletableFuture<Response> response = new CompletableFuture<>();
        private final Http2Headers headers;
        private final byte[] body;
        /** When to give up waiting for the answer, in {@link System#nanoTime()}. */
        private final long deadline;
        private int streamId;

        ResponseReader(Http2Headers headers, byte[] body, long deadline) {
            this.headers = headers;
            this.body = body;
            this.deadline = deadline;
        }
    }
}
