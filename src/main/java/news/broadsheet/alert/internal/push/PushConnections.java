package news.broadsheet.alert.internal.push;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http2.Http2SecurityUtil;
import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.ApplicationProtocolNegotiationHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.SupportedCipherSuiteFilter;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * has carries as many streams as the push service allows; beyond that, new streams wait in the least busy
 * connection for a free slot. A message goes on the first connection with room, not the least busy, so
 * that a fan-out's messages gather into few writes: spread evenly over ten connections, each write would
 * carry a tenth as many, for ten times the system calls, TLS records and wake-ups on both sides. A
 * connection the push service closes or sends GOAWAY on is replaced for new messages.
 */
final class PushConnections implements AutoCloseable {

    static final int CONNECTIONS_PER_ORIGIN = 10;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** The push service's TLS endpoint did not agree to speak HTTP/2. */
    static final class NotHttp2Exception extends IOException {
        NotHttp2Exception(String origin, String protocol) {
            super(origin + " offers " + protocol + ", not HTTP/2");
        }
    }

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
     * service does not speak HTTP/2, and another {@link IOException} if it cannot be reached. The target's
     * origin keys the push service's connections.
     */
    CompletableFuture<PushConnection.Response> post(PushTarget target, RequestHeaders headers, byte[] body,
                                                    Duration timeout) throws IOException, InterruptedException {
        Origin pushService = origins.computeIfAbsent(target.origin(), origin -> {
            URI uri = URI.create(origin);
            return new Origin(uri.getHost(), uri.getPort() == -1 ? 443 : uri.getPort());
        });
        byte[] path = target.path();
        return pushService.connection().exchange(headers, path, body, timeout).exceptionallyComposeAsync(failure -> {
            if (!(unwrap(failure) instanceof PushConnection.NotSentException)) {
                return CompletableFuture.failedFuture(failure);
            }
            // An idle connection the push service closed a moment ago looks usable until the loop reads the close.
            try {
                return pushService.connection().exchange(headers, path, body, timeout);
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
        private volatile List<PushConnection> connections = List.of();

        Origin(String host, int port) {
            this.host = host;
            this.port = port;
        }

        PushConnection connection() throws IOException, InterruptedException {
            PushConnection withRoom = firstWithRoom();
            if (withRoom != null) {
                return withRoom;
            }
            opening.lockInterruptibly();
            try {
                List<PushConnection> usable = connections.stream().filter(PushConnection::usable).toList();
                withRoom = firstWithRoom();
                if (withRoom != null) {
                    return withRoom;
                }
                if (usable.size() >= CONNECTIONS_PER_ORIGIN) {
                    return leastBusy();
                }
                PushConnection fresh = connect();
                List<PushConnection> grown = new ArrayList<>(usable);
                grown.add(fresh);
                connections = List.copyOf(grown);
                return fresh;
            } finally {
                opening.unlock();
            }
        }

        /** Looked for on every message, so a plain loop over the few connections rather than a stream. */
        private PushConnection firstWithRoom() {
            for (PushConnection connection : connections) {
                if (connection.usable() && connection.hasRoom()) {
                    return connection;
                }
            }
            return null;
        }

        private PushConnection leastBusy() {
            PushConnection least = null;
            for (PushConnection connection : connections) {
                if (connection.usable() && (least == null || connection.active() < least.active())) {
                    least = connection;
                }
            }
            return least;
        }

        private PushConnection connect() throws IOException, InterruptedException {
            CompletableFuture<PushConnection> ready = new CompletableFuture<>();
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
        private final CompletableFuture<PushConnection> ready;

        Negotiation(String origin, CompletableFuture<PushConnection> ready) {
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
            context.pipeline().addLast(new PushConnection(context.channel(), ready));
        }

        @Override
        protected void handshakeFailure(ChannelHandlerContext context, Throwable cause) {
            ready.completeExceptionally(cause instanceof IOException io ? io : new IOException(cause));
            context.close();
        }
    }
}
