package news.broadsheet.alert.internal.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http2.DefaultHttp2GoAwayFrame;
import io.netty.handler.codec.http2.DefaultHttp2Headers;
import io.netty.handler.codec.http2.DefaultHttp2HeadersFrame;
import io.netty.handler.codec.http2.Http2DataFrame;
import io.netty.handler.codec.http2.Http2Error;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2Headers;
import io.netty.handler.codec.http2.Http2HeadersFrame;
import io.netty.handler.codec.http2.Http2MultiplexHandler;
import io.netty.handler.codec.http2.Http2ResetFrame;
import io.netty.handler.codec.http2.Http2SecurityUtil;
import io.netty.handler.codec.http2.Http2Settings;
import io.netty.handler.codec.http2.Http2StreamChannel;
import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SupportedCipherSuiteFilter;
import io.netty.util.ReferenceCountUtil;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The production path to push services: HTTP/2 over TLS through {@link PushConnections}, against a push
 * service made here with Netty's HTTP/2 server, which checks what arrives and answers what each test asks.
 */
class PushOverHttp2Test {

    private static final char[] PASSWORD = "changeit".toCharArray();
    /** An answer by path that makes the push service read the message and never answer it. */
    private static final int NO_ANSWER = -1;
    private static final byte[] PAYLOAD = "{\"title\":\"Breaking: talks in Sochi\"}".getBytes(StandardCharsets.UTF_8);

    private final EventLoopGroup serverLoop = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final List<AutoCloseable> closing = new ArrayList<>();
    private KeyPair browser;
    private byte[] authSecret;
    private VapidKeys vapid;

    @BeforeEach
    void keys() throws Exception {
        browser = P256.generate(null);
        authSecret = new byte[16];
        authSecret[0] = 42;
        vapid = new VapidKeys(P256.generate(null), "mailto:alerts@example.com");
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable resource : closing.reversed()) {
            resource.close();
        }
        serverLoop.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).sync();
    }

    @Test
    void aThousandConcurrentMessagesShareAFewConnectionsAndArriveReadable() throws Exception {
        PushService service = new PushService("localhost.p12", 50, number -> 201);
        PushClient client = client();

        List<Future<PushOutcome>> outcomes = new ArrayList<>();
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 1_000; i++) {
                outcomes.add(senders.submit(() -> client.send(target(service, "sub"), PAYLOAD, Duration.ofHours(2),
                        PushClient.Urgency.HIGH, "breaking-7").get()));
            }
        }

        for (Future<PushOutcome> outcome : outcomes) {
            assertThat(outcome.get().kind()).isEqualTo(PushOutcome.Kind.DELIVERED);
        }
        assertThat(service.messages).hasSize(1_000);
        assertThat(service.connections).as("connections opened, each allowing 50 streams")
                .hasSizeBetween(1, PushConnections.CONNECTIONS_PER_ORIGIN);
        assertThat(client.tokensSigned()).isEqualTo(1);
        Message first = service.messages.peek();
        assertThat(first.headers()).containsEntry(":method", "POST").containsEntry(":path", "/push/sub")
                .containsEntry("ttl", "7200").containsEntry("urgency", "high").containsEntry("topic", "breaking-7")
                .containsEntry("content-encoding", "aes128gcm").containsEntry("content-type", "application/octet-stream")
                .containsEntry("content-length", Integer.toString(first.body().length));
        assertThat(first.headers().get("authorization")).startsWith("vapid t=").contains(", k=" + vapid.publicKey());
        assertThat(service.messages).extracting(message -> message.headers().get("authorization"))
                .containsOnly(first.headers().get("authorization"));
        assertThat(WebPushEncryption.decrypt(first.body(), browser, authSecret)).isEqualTo(PAYLOAD);
    }

    @Test
    void eachAnswerOfThePushServiceIsReadAsRfc8030Says() throws Exception {
        Map<String, Integer> answers = Map.of("/push/gone", 410, "/push/busy", 429, "/push/big", 413,
                "/push/broken", 500, "/push/wrong", 400);
        PushService service = new PushService("localhost.p12", 100, path -> 0);
        service.answerByPath = answers;
        PushClient client = client();

        assertThat(send(client, service, "gone").kind()).isEqualTo(PushOutcome.Kind.GONE);
        PushOutcome busy = send(client, service, "busy");
        assertThat(busy.kind()).isEqualTo(PushOutcome.Kind.RETRY_LATER);
        assertThat(busy.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(send(client, service, "big").kind()).isEqualTo(PushOutcome.Kind.TOO_LARGE);
        assertThat(send(client, service, "broken").kind()).isEqualTo(PushOutcome.Kind.RETRY_LATER);
        assertThat(send(client, service, "wrong").kind()).isEqualTo(PushOutcome.Kind.REFUSED);
        assertThat(service.connections).hasSize(1);
    }

    @Test
    void aMessageThePushServiceDoesNotAnswerIsGivenUpOnWithoutHarmToItsConnection() throws Exception {
        PushService service = new PushService("localhost.p12", 100, number -> 201);
        service.answerByPath = Map.of("/push/silent", NO_ANSWER);
        PushClient client = client(Duration.ofSeconds(1));

        long started = System.nanoTime();
        PushOutcome unanswered = client.send(target(service, "silent"), PAYLOAD, Duration.ofMinutes(5),
                PushClient.Urgency.NORMAL, null).get(10, TimeUnit.SECONDS);

        assertThat(unanswered.kind()).isEqualTo(PushOutcome.Kind.RETRY_LATER);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(send(client, service, "after").kind()).isEqualTo(PushOutcome.Kind.DELIVERED);
        // The reset went out before the next message on the same connection, so it was read before that was answered.
        assertThat(service.cancelled).as("streams the client cancelled").containsExactly("/push/silent");
        assertThat(service.connections).hasSize(1);
    }

    @Test
    void noConnectionCarriesMoreStreamsAtOnceThanThePushServiceAllows() throws Exception {
        PushService service = slowPushServiceOfThreeStreams();
        PushClient client = client();

        sendAllDelivered(client, service, 100, Duration.ofSeconds(30));

        assertThat(service.messages).hasSize(100);
        assertThat(service.mostStreamsAtOnce.get()).as("streams open at once on one connection").isEqualTo(3);
    }

    @Test
    void messagesGoOnTheFirstConnectionWithRoomRatherThanSpreadOverAll() throws Exception {
        PushService service = slowPushServiceOfThreeStreams();
        PushClient client = client();
        sendAllDelivered(client, service, 12, Duration.ofSeconds(30));
        assertThat(service.connections).as("connections the first messages needed").hasSizeGreaterThan(1);
        service.messages.clear();

        sendAllDelivered(client, service, 3, Duration.ofSeconds(30));

        assertThat(service.messages).hasSize(3).extracting(Message::connection).as("connections the next three went on")
                .containsOnly(service.messages.peek().connection());
    }

    @Test
    void aMessageLargerThanThePushServicesFlowControlWindowIsSentAsTheServiceOpensIt() throws Exception {
        int window = 48;
        PushService service = new PushService("localhost.p12",
                Http2Settings.defaultSettings().maxConcurrentStreams(100).initialWindowSize(window), number -> 201);
        PushClient client = client();

        sendAllDelivered(client, service, 20, Duration.ofSeconds(10));

        assertThat(service.messages).hasSize(20).allSatisfy(message -> {
            assertThat(message.body().length).as("a body longer than the window").isGreaterThan(window);
            assertThat(WebPushEncryption.decrypt(message.body(), browser, authSecret)).isEqualTo(PAYLOAD);
        });
    }

    @Test
    void onlyTopicsOfUpTo32UrlSafeBase64CharactersAreSent() throws Exception {
        PushService service = new PushService("localhost.p12", 100, number -> 201);
        PushClient client = client();
        String longest = "A".repeat(30) + "-_";

        for (String topic : List.of("", "breaking news", "breaking/7", "é", "A".repeat(33))) {
            assertThatThrownBy(() -> client.send(target(service, "sub"), PAYLOAD, Duration.ofMinutes(5),
                    PushClient.Urgency.NORMAL, topic)).as("topic \"%s\"", topic).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(client.send(target(service, "sub"), PAYLOAD, Duration.ofMinutes(5), PushClient.Urgency.NORMAL,
                longest).get().kind()).isEqualTo(PushOutcome.Kind.DELIVERED);

        assertThat(service.messages).singleElement().satisfies(message ->
                assertThat(message.headers()).containsEntry("topic", longest));
    }

    @Test
    void aConnectionThePushServiceClosesIsReplacedForTheNextMessage() throws Exception {
        theNextMessageGoesOnAFreshConnectionAfter(connection -> connection.close().sync());
    }

    @Test
    void aConnectionThePushServiceSendsGoAwayOnIsReplacedForTheNextMessage() throws Exception {
        theNextMessageGoesOnAFreshConnectionAfter(connection ->
                connection.writeAndFlush(new DefaultHttp2GoAwayFrame(Http2Error.NO_ERROR)).sync());
    }

    private void theNextMessageGoesOnAFreshConnectionAfter(ConnectionEnding ending) throws Exception {
        PushService service = new PushService("localhost.p12", 100, number -> 201);
        PushClient client = client();
        assertThat(send(client, service, "a").kind()).isEqualTo(PushOutcome.Kind.DELIVERED);

        for (Channel connection : service.connections) {
            ending.end(connection);
        }

        assertThat(send(client, service, "b").kind()).isEqualTo(PushOutcome.Kind.DELIVERED);
        assertThat(service.connections).hasSize(2);
        assertThat(service.messages).extracting(message -> message.headers().get(":path"))
                .containsExactly("/push/a", "/push/b");
    }

    /** How the push service ends a connection, from its side. */
    @FunctionalInterface
    private interface ConnectionEnding {
        void end(Channel connection) throws InterruptedException;
    }

    @Test
    void aPushServiceWithoutHttp2IsReachedOverHttp1() throws Exception {
        Queue<String> paths = new ConcurrentLinkedQueue<>();
        HttpsServer http1 = HttpsServer.create(new InetSocketAddress("localhost", 0), 0);
        http1.setHttpsConfigurator(new HttpsConfigurator(serverTls("localhost.p12")));
        http1.createContext("/push/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            paths.add(exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        http1.start();
        closing.add(() -> http1.stop(0));
        PushClient client = client();
        PushTarget target = new PushTarget(URI.create("https://localhost:" + http1.getAddress().getPort() + "/push/old"),
                P256.encode((ECPublicKey) browser.getPublic()), authSecret);

        assertThat(client.send(target, PAYLOAD, Duration.ofMinutes(5), PushClient.Urgency.NORMAL, null).get().kind())
                .isEqualTo(PushOutcome.Kind.DELIVERED);
        assertThat(client.send(target, PAYLOAD, Duration.ofMinutes(5), PushClient.Urgency.NORMAL, null).get().kind())
                .isEqualTo(PushOutcome.Kind.DELIVERED);
        assertThat(paths).containsExactly("/push/old", "/push/old");
    }

    @Test
    void aPushServiceWhoseCertificateNamesAnotherHostIsNotSentTo() throws Exception {
        PushService impostor = new PushService("elsewhere.p12", 100, number -> 201);
        PushClient client = client("localhost.p12", "elsewhere.p12");

        PushOutcome outcome = send(client, impostor, "sub");

        assertThat(outcome.kind()).isEqualTo(PushOutcome.Kind.RETRY_LATER);
        assertThat(impostor.messages).isEmpty();
    }

    private PushOutcome send(PushClient client, PushService service, String name) throws Exception {
        return client.send(target(service, name), PAYLOAD, Duration.ofMinutes(5), PushClient.Urgency.NORMAL, null).get();
    }

    /** A push service that allows three streams a connection and answers each message after 20 ms. */
    private PushService slowPushServiceOfThreeStreams() throws Exception {
        PushService service = new PushService("localhost.p12", 3, number -> 201);
        service.answerDelay = Duration.ofMillis(20);
        return service;
    }

    /** Sends {@code count} messages without waiting between them, and checks that each is delivered within {@code timeout}. */
    private void sendAllDelivered(PushClient client, PushService service, int count, Duration timeout) throws Exception {
        List<CompletableFuture<PushOutcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            outcomes.add(client.send(target(service, "sub" + i), PAYLOAD, Duration.ofMinutes(5), PushClient.Urgency.NORMAL,
                    null));
        }
        for (CompletableFuture<PushOutcome> outcome : outcomes) {
            assertThat(outcome.get(timeout.toMillis(), TimeUnit.MILLISECONDS).kind()).isEqualTo(PushOutcome.Kind.DELIVERED);
        }
    }

    private PushTarget target(PushService service, String name) {
        return new PushTarget(URI.create("https://localhost:" + service.port + "/push/" + name),
                P256.encode((ECPublicKey) browser.getPublic()), authSecret);
    }

    /** A client that believes exactly the certificates in the given test key stores. */
    private PushClient client(String... trusted) throws Exception {
        return client(PushClient.ANSWER_TIMEOUT, trusted);
    }

    private PushClient client(Duration answerTimeout, String... trusted) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        for (String store : trusted.length == 0 ? new String[] {"localhost.p12"} : trusted) {
            KeyStore keys = keyStore(store);
            String alias = keys.aliases().nextElement();
            trust.setCertificateEntry(store, keys.getCertificate(alias));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        PushClient client = new PushClient(new WebPushEncryption(CryptoProvider.fastest()), vapid, Clock.systemUTC(),
                factory, answerTimeout);
        closing.add(client);
        return client;
    }

    private static KeyStore keyStore(String name) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = PushOverHttp2Test.class.getResourceAsStream("/push/" + name)) {
            keys.load(in, PASSWORD);
        }
        return keys;
    }

    private static KeyManagerFactory keyManagers(String store) throws Exception {
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keyStore(store), PASSWORD);
        return factory;
    }

    private static SSLContext serverTls(String store) throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers(store).getKeyManagers(), null, null);
        return context;
    }

    /** One request as the push service read it, and the connection it came on. */
    private record Message(Map<String, String> headers, byte[] body, Channel connection) {
    }

    /** An HTTP/2 push service on loopback that allows {@code streamLimit} streams a connection, or has the given settings. */
    private final class PushService {

        final Queue<Message> messages = new ConcurrentLinkedQueue<>();
        /** The paths of the streams the client reset. */
        final Queue<String> cancelled = new ConcurrentLinkedQueue<>();
        final Set<Channel> connections = ConcurrentHashMap.newKeySet();
        final Map<Channel, AtomicInteger> streamsOpen = new ConcurrentHashMap<>();
        final AtomicInteger mostStreamsAtOnce = new AtomicInteger();
        final int port;
        volatile Map<String, Integer> answerByPath = Map.of();
        volatile Duration answerDelay = Duration.ZERO;

        PushService(String keyStore, int streamLimit, IntFunction<Integer> answer) throws Exception {
            this(keyStore, Http2Settings.defaultSettings().maxConcurrentStreams(streamLimit), answer);
        }

        PushService(String keyStore, Http2Settings settings, IntFunction<Integer> answer) throws Exception {
            var tls = SslContextBuilder.forServer(keyManagers(keyStore))
                    .ciphers(Http2SecurityUtil.CIPHERS, SupportedCipherSuiteFilter.INSTANCE)
                    .applicationProtocolConfig(new ApplicationProtocolConfig(ApplicationProtocolConfig.Protocol.ALPN,
                            ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
                            ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT,
                            ApplicationProtocolNames.HTTP_2))
                    .build();
            Channel server = new ServerBootstrap().group(serverLoop).channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel channel) {
                            connections.add(channel);
                            channel.pipeline().addLast(tls.newHandler(channel.alloc()),
                                    Http2FrameCodecBuilder.forServer()
                                            .initialSettings(settings)
                                            .build(),
                                    new Http2MultiplexHandler(new ChannelInitializer<Http2StreamChannel>() {
                                        @Override
                                        protected void initChannel(Http2StreamChannel stream) {
                                            stream.pipeline().addLast(new Receiver(answer));
                                        }
                                    }));
                        }
                    })
                    .bind("127.0.0.1", 0).sync().channel();
            closing.add(() -> server.close().sync());
            port = ((InetSocketAddress) server.localAddress()).getPort();
        }

        /** Collects one request's headers and body, then answers. */
        private final class Receiver extends ChannelInboundHandlerAdapter {

            private final IntFunction<Integer> answer;
            private final Map<String, String> headers = new ConcurrentHashMap<>();
            private final ByteBuf body = Unpooled.buffer();

            Receiver(IntFunction<Integer> answer) {
                this.answer = answer;
            }

            /** A stream's RST_STREAM reaches its channel as an event, not as a frame to read. */
            @Override
            public void userEventTriggered(ChannelHandlerContext context, Object event) {
                if (event instanceof Http2ResetFrame) {
                    cancelled.add(headers.get(":path"));
                }
                ReferenceCountUtil.release(event);
            }

            @Override
            public void channelRead(ChannelHandlerContext context, Object frame) {
                try {
                    boolean ended = false;
                    if (frame instanceof Http2HeadersFrame request) {
                        request.headers().forEach(header -> headers.put(header.getKey().toString(), header.getValue().toString()));
                        ended = request.isEndStream();
                        int open = streamsOpen.computeIfAbsent(context.channel().parent(), connection -> new AtomicInteger())
                                .incrementAndGet();
                        mostStreamsAtOnce.accumulateAndGet(open, Math::max);
                    } else if (frame instanceof Http2DataFrame data) {
                        body.writeBytes(data.content());
                        ended = data.isEndStream();
                    }
                    if (ended) {
                        byte[] bytes = new byte[body.readableBytes()];
                        body.readBytes(bytes);
                        messages.add(new Message(Map.copyOf(headers), bytes, context.channel().parent()));
                        int status = answerByPath.getOrDefault(headers.get(":path"), 0);
                        if (status == NO_ANSWER) {
                            return;
                        }
                        Http2Headers response = new DefaultHttp2Headers().status(Integer.toString(
                                status != 0 ? status : answer.apply(messages.size())));
                        if (status == 429) {
                            response.add("retry-after", "7");
                        }
                        // Counted closed before the answer leaves: the client may open the next stream once it reads it.
                        Runnable answering = () -> {
                            streamsOpen.get(context.channel().parent()).decrementAndGet();
                            context.writeAndFlush(new DefaultHttp2HeadersFrame(response, true));
                        };
                        if (answerDelay.isZero()) {
                            answering.run();
                        } else {
                            context.executor().schedule(answering, answerDelay.toMillis(), TimeUnit.MILLISECONDS);
                        }
                    }
                } finally {
                    ReferenceCountUtil.release(frame);
                }
            }
        }
    }
}
