package news.broadsheet.alert.internal.push;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.http2.DefaultHttp2FrameReader;
import io.netty.handler.codec.http2.DefaultHttp2FrameWriter;
import io.netty.handler.codec.http2.DefaultHttp2Headers;
import io.netty.handler.codec.http2.DefaultHttp2HeadersDecoder;
import io.netty.handler.codec.http2.Http2CodecUtil;
import io.netty.handler.codec.http2.Http2Error;
import io.netty.handler.codec.http2.Http2Exception;
import io.netty.handler.codec.http2.Http2FrameAdapter;
import io.netty.handler.codec.http2.Http2FrameTypes;
import io.netty.handler.codec.http2.Http2Headers;
import io.netty.handler.codec.http2.Http2Settings;
import io.netty.util.AsciiString;
import io.netty.util.collection.IntObjectHashMap;
import io.netty.util.collection.IntObjectMap;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One HTTP/2 connection to a push service (RFC 9113), holding no more state than a sender of requests needs.
 * Netty's frame reader and HPACK coders parse frames and compress headers; this class keeps the rest: stream
 * ids and the push service's limit on concurrent streams, flow-control windows both ways, SETTINGS, PING,
 * RST_STREAM and GOAWAY. Senders queue their messages from any thread; the event loop writes every message
 * waiting into one buffer, which TLS then encrypts as a few large records, and matches each answer to its
 * sender by stream id. Everything but the queue, the count of messages in flight and the flags is touched
 * only on the event loop.
 */
final class PushConnection extends ByteToMessageDecoder {

    /** The message never left: its stream was not written, so sending it again cannot duplicate it. */
    static final class NotSentException extends IOException {
        NotSentException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /** The status line and the one response header a push service's answer is read for. */
    record Response(int status, String retryAfter) {
    }

    /** Until a push service says otherwise in its SETTINGS; RFC 9113 recommends allowing at least 100. */
    private static final int ASSUMED_STREAM_LIMIT = 100;
    /**
     * How long messages queued on a connection wait for others to share their write. Writing each message as
     * it comes costs a wake-up of the loop, a TLS record and a system call per message, on both sides of the
     * connection; push is not that hurried.
     */
    private static final Duration GATHERING = Duration.ofMillis(2);
    /** Answers are a status line and a few headers; anything much larger is not a push service's answer. */
    private static final int LONGEST_ANSWER_HEADERS = 16_384;
    private static final AsciiString RETRY_AFTER = AsciiString.cached("retry-after");
    private static final byte END_STREAM = 0x1;
    private static final byte END_HEADERS = 0x4;

    private final Channel channel;
    private final CompletableFuture<PushConnection> ready;
    private final AtomicInteger active = new AtomicInteger();
    private final Queue<Exchange> pending = new ConcurrentLinkedQueue<>();
    /** Whether a drain is due: senders schedule one only if none is, and a busy connection's loop keeps one due. */
    private final AtomicBoolean drainDue = new AtomicBoolean();
    private volatile int streamLimit = ASSUMED_STREAM_LIMIT;
    private volatile boolean goingAway;

    private final DefaultHttp2FrameReader frames = new DefaultHttp2FrameReader(new AnswerHeadersDecoder());
    private final DefaultHttp2FrameWriter control = new DefaultHttp2FrameWriter();
    private final RequestHeaderEncoder headerBlocks = new RequestHeaderEncoder();
    private final FrameListener listener = new FrameListener();
    private final IntObjectMap<Exchange> open = new IntObjectHashMap<>();
    private final Queue<Exchange> waitingForStream = new ArrayDeque<>();
    private final List<Exchange> waitingForWindow = new ArrayList<>();
    private ChannelHandlerContext context;
    private ByteBuf headerBlock;
    private int nextStreamId = 1;
    private int maxFrameSize = Http2CodecUtil.DEFAULT_MAX_FRAME_SIZE;
    private int initialStreamWindow = Http2CodecUtil.DEFAULT_WINDOW_SIZE;
    private int connectionWindow = Http2CodecUtil.DEFAULT_WINDOW_SIZE;
    private int receivedUnacknowledged;

    PushConnection(Channel channel, CompletableFuture<PushConnection> ready) {
        this.channel = channel;
        this.ready = ready;
    }

    boolean usable() {
        return !goingAway && channel.isActive();
    }

    boolean hasRoom() {
        return active.get() < streamLimit;
    }

    int active() {
        return active.get();
    }

    /**
     * Queues the message; the future completes with the push service's answer on the event loop, with a
     * {@link NotSentException} if it could not be written, or with another {@link IOException} if no answer
     * came within {@code timeout}.
     */
    CompletableFuture<Response> exchange(RequestHeaders headers, byte[] path, byte[] body, Duration timeout) {
        Exchange exchange = new Exchange(headers, path, body, System.nanoTime() + timeout.toNanos());
        active.incrementAndGet();
        pending.add(exchange);
        // Read before the swap: while a fan-out keeps a drain due, senders then share the flag's cache line
        // rather than take it from each other.
        if (!drainDue.get() && drainDue.compareAndSet(false, true)) {
            try {
                channel.eventLoop().schedule(this::drain, GATHERING.toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException stopping) {
                exchange.fail(new NotSentException("the push connections are closing", stopping));
            }
        }
        return exchange.response;
    }

    // --- The connection's life -------------------------------------------------------------------------------

    @Override
    public void handlerAdded(ChannelHandlerContext context) {
        this.context = context;
        this.headerBlock = context.alloc().buffer(512);
        Http2Settings ours = new Http2Settings().pushEnabled(false).maxHeaderListSize(LONGEST_ANSWER_HEADERS);
        context.write(Http2CodecUtil.connectionPrefaceBuf());
        control.writeSettings(context, ours, context.voidPromise());
        context.flush();
        ScheduledFuture<?> sweeping = channel.eventLoop().scheduleAtFixedRate(this::expireUnanswered, 1, 1, TimeUnit.SECONDS);
        channel.closeFuture().addListener(closed -> sweeping.cancel(false));
    }

    @Override
    protected void handlerRemoved0(ChannelHandlerContext context) {
        headerBlock.release();
        frames.close();
        control.close();
    }

    @Override
    protected void decode(ChannelHandlerContext context, ByteBuf in, List<Object> unused) throws Http2Exception {
        frames.readFrame(context, in, listener);
        if (goingAway && open.isEmpty()) {
            context.close();
        }
    }

    /**
     * Unlike the decoder it extends, asks for no more input when a read ended inside a frame: while the loop
     * reads with its drains, the rest of the frame is read with the next one.
     */
    @Override
    public void channelReadComplete(ChannelHandlerContext context) {
        discardSomeReadBytes();
        context.fireChannelReadComplete();
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) throws Exception {
        goingAway = true;
        IOException closed = new IOException("the push service closed the connection");
        ready.completeExceptionally(closed);
        super.channelInactive(context);
        failAll(closed);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
        goingAway = true;
        ready.completeExceptionally(cause);
        if (cause instanceof Http2Exception protocol && context.channel().isActive()) {
            control.writeGoAway(context, 0, protocol.error().code(), Unpooled.EMPTY_BUFFER, context.voidPromise());
            context.flush();
        }
        context.close();
    }

    /** Nothing waiting on a closed connection will be answered; what never left may go on another. */
    private void failAll(IOException cause) {
        for (Exchange exchange = pending.poll(); exchange != null; exchange = pending.poll()) {
            exchange.fail(new NotSentException("the connection closed", cause));
        }
        for (Exchange exchange = waitingForStream.poll(); exchange != null; exchange = waitingForStream.poll()) {
            exchange.fail(new NotSentException("the connection closed", cause));
        }
        open.values().forEach(exchange -> exchange.fail(cause));
        open.clear();
        waitingForWindow.clear();
    }

    // --- Writing ---------------------------------------------------------------------------------------------

    /**
     * Runs on the event loop: starts a stream for every message waiting, as far as the push service's limit
     * allows, and writes them all in one buffer with one flush. Senders hand their messages over through a
     * queue rather than a task each, so a busy fan-out wakes the loop once for many messages, not once each.
     * While senders keep queueing, the loop schedules the next drain itself: a sender that schedules it wakes
     * the loop at once, only for the loop to set its timer, which would add a wake-up to every write of a
     * fan-out. Meanwhile the answers that came since the last drain are read with each drain, rather than
     * the loop waking for every few as they come; each wake-up of the loop costs more than reading an
     * answer. The first drain that finds nothing to send stops both.
     */
    private void drain() {
        boolean queued = false;
        for (Exchange exchange = pending.poll(); exchange != null; exchange = pending.poll()) {
            queued = true;
            if (!usable()) {
                exchange.fail(new NotSentException("the connection is closing", null));
            } else {
                waitingForStream.add(exchange);
            }
        }
        startWaiting();
        if (queued && usable()) {
            channel.config().setAutoRead(false);
            context.read();
            channel.eventLoop().schedule(this::drain, GATHERING.toNanos(), TimeUnit.NANOSECONDS);
            return;
        }
        channel.config().setAutoRead(true);
        drainDue.set(false);
        // A message queued after the poll above, whose sender saw a drain still due, would otherwise wait.
        if (!pending.isEmpty() && drainDue.compareAndSet(false, true)) {
            channel.eventLoop().schedule(this::drain, GATHERING.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    /** Starts the waiting messages that the push service's stream limit has room for, and writes them. */
    private void startWaiting() {
        if (waitingForStream.isEmpty() || !usable()) {
            return;
        }
        Write write = new Write(Math.min(waitingForStream.size(), Math.max(0, streamLimit - open.size())));
        while (open.size() < streamLimit && !waitingForStream.isEmpty()) {
            start(waitingForStream.poll(), write);
        }
        write.send();
    }

    private void start(Exchange exchange, Write write) {
        if (nextStreamId < 0) {
            // Past 2^31 - 1 the next id wraps negative: the connection's 2^30 client stream ids are used up,
            // and the message goes on a fresh connection.
            goingAway = true;
            exchange.fail(new NotSentException("the connection has no stream ids left", null));
            return;
        }
        headerBlock.clear();
        headerBlocks.encode(exchange.headers, exchange.path, headerBlock);
        int id = nextStreamId;
        nextStreamId += 2;
        exchange.streamId = id;
        exchange.sendWindow = initialStreamWindow;
        open.put(id, exchange);
        write.add(exchange);
        ByteBuf out = write.buffer();
        byte type = Http2FrameTypes.HEADERS;
        do {
            int length = Math.min(headerBlock.readableBytes(), maxFrameSize);
            boolean last = length == headerBlock.readableBytes();
            frameHeader(out, length, type, last ? END_HEADERS : 0, id);
            out.writeBytes(headerBlock, length);
            type = Http2FrameTypes.CONTINUATION;
        } while (headerBlock.isReadable());
        writeData(exchange, out);
    }

    /**
     * Writes as much of the message's body as the flow-control windows allow; the rest waits for the push
     * service's WINDOW_UPDATE. Returns whether all of it is written.
     */
    private boolean writeData(Exchange exchange, ByteBuf out) {
        int remaining = exchange.body.length - exchange.bodyWritten;
        while (remaining > 0) {
            int length = Math.min(Math.min(remaining, maxFrameSize), Math.min(connectionWindow, exchange.sendWindow));
            if (length <= 0) {
                if (!exchange.waitingForWindow) {
                    exchange.waitingForWindow = true;
                    waitingForWindow.add(exchange);
                }
                return false;
            }
            remaining -= length;
            frameHeader(out, length, Http2FrameTypes.DATA, remaining == 0 ? END_STREAM : 0, exchange.streamId);
            out.writeBytes(exchange.body, exchange.bodyWritten, length);
            exchange.bodyWritten += length;
            connectionWindow -= length;
            exchange.sendWindow -= length;
        }
        if (exchange.body.length == 0) {
            frameHeader(out, 0, Http2FrameTypes.DATA, END_STREAM, exchange.streamId);
        }
        return true;
    }

    /** Writes what now fits of bodies that were waiting for the push service to open its windows. */
    private void resumeBlockedData() {
        if (waitingForWindow.isEmpty() || !usable()) {
            return;
        }
        Write write = new Write(waitingForWindow.size());
        for (Iterator<Exchange> blocked = waitingForWindow.iterator(); blocked.hasNext() && connectionWindow > 0; ) {
            Exchange exchange = blocked.next();
            if (open.get(exchange.streamId) != exchange) {
                blocked.remove();
            } else if (exchange.sendWindow > 0) {
                write.add(exchange);
                if (writeData(exchange, write.buffer())) {
                    exchange.waitingForWindow = false;
                    blocked.remove();
                }
            }
        }
        write.send();
    }

    private static void frameHeader(ByteBuf out, int length, byte type, int flags, int streamId) {
        out.writeMedium(length);
        out.writeByte(type);
        out.writeByte(flags);
        out.writeInt(streamId);
    }

    /** The frames of one turn of the loop, written together; if the write fails, their messages never left. */
    private final class Write {

        /** Room for a message's frames, body included, so that a turn's buffer seldom has to grow. */
        private static final int MESSAGE_ROOM = 1536;
        private final List<Exchange> exchanges;
        private final int messages;
        private ByteBuf buffer;

        Write(int messages) {
            this.messages = messages;
            this.exchanges = new ArrayList<>(messages);
        }

        ByteBuf buffer() {
            if (buffer == null) {
                buffer = context.alloc().directBuffer(Math.max(1, messages) * MESSAGE_ROOM);
            }
            return buffer;
        }

        void add(Exchange exchange) {
            exchanges.add(exchange);
        }

        void send() {
            if (buffer == null) {
                return;
            }
            context.writeAndFlush(buffer).addListener(written -> {
                if (!written.isSuccess()) {
                    for (Exchange exchange : exchanges) {
                        if (open.remove(exchange.streamId) == exchange) {
                            exchange.fail(new NotSentException("could not send the message", written.cause()));
                        }
                    }
                }
            });
        }
    }

    // --- Reading ---------------------------------------------------------------------------------------------

    /** Runs on the event loop every second: gives up on messages the push service has not answered in time. */
    private void expireUnanswered() {
        long now = System.nanoTime();
        List<Exchange> late = new ArrayList<>();
        open.values().forEach(exchange -> {
            if (now - exchange.deadline >= 0) {
                late.add(exchange);
            }
        });
        waitingForStream.removeIf(exchange -> {
            boolean expired = now - exchange.deadline >= 0;
            if (expired) {
                exchange.fail(new IOException("no stream free at the push service in time"));
            }
            return expired;
        });
        for (Exchange exchange : late) {
            open.remove(exchange.streamId);
            exchange.fail(new IOException("no answer from the push service in time"));
            control.writeRstStream(context, exchange.streamId, Http2Error.CANCEL.code(), context.voidPromise());
        }
        if (!late.isEmpty()) {
            context.flush();
            startWaiting();
        }
    }

    /** The stream has ended on both sides: its slot is free for a waiting message. */
    private void closed(Exchange exchange) {
        open.remove(exchange.streamId);
        if (!exchange.response.isDone()) {
            exchange.fail(new IOException("the stream closed before an answer"));
        }
        startWaiting();
    }

    private final class FrameListener extends Http2FrameAdapter {

        @Override
        public void onSettingsRead(ChannelHandlerContext context, Http2Settings settings) throws Http2Exception {
            Long limit = settings.maxConcurrentStreams();
            if (limit != null) {
                streamLimit = (int) Math.min(limit, Integer.MAX_VALUE);
            }
            Integer frameSize = settings.maxFrameSize();
            if (frameSize != null) {
                maxFrameSize = frameSize;
            }
            Long tableSize = settings.headerTableSize();
            if (tableSize != null) {
                headerBlocks.allowTableSize(tableSize);
            }
            Integer window = settings.initialWindowSize();
            if (window != null) {
                int change = window - initialStreamWindow;
                initialStreamWindow = window;
                open.values().forEach(exchange -> exchange.sendWindow += change);
            }
            control.writeSettingsAck(context, context.voidPromise());
            context.flush();
            ready.complete(PushConnection.this);
            startWaiting();
            resumeBlockedData();
        }

        @Override
        public void onPingRead(ChannelHandlerContext context, long data) {
            control.writePing(context, true, data, context.voidPromise());
            context.flush();
        }

        @Override
        public void onWindowUpdateRead(ChannelHandlerContext context, int streamId, int increment) throws Http2Exception {
            if (streamId == Http2CodecUtil.CONNECTION_STREAM_ID) {
                if (connectionWindow > Integer.MAX_VALUE - increment) {
                    throw Http2Exception.connectionError(Http2Error.FLOW_CONTROL_ERROR, "window larger than 2^31-1");
                }
                connectionWindow += increment;
            } else {
                Exchange exchange = open.get(streamId);
                if (exchange == null) {
                    return;
                }
                exchange.sendWindow += increment;
            }
            resumeBlockedData();
        }

        @Override
        public void onHeadersRead(ChannelHandlerContext context, int streamId, Http2Headers headers, int padding,
                                  boolean endOfStream) {
            Exchange exchange = open.get(streamId);
            if (exchange == null) {
                return;
            }
            CharSequence status = headers.status();
            boolean informational = status == null || status.isEmpty() || status.charAt(0) == '1';
            if (!informational) {
                CharSequence retryAfter = headers.get(RETRY_AFTER);
                exchange.answer(new Response(Integer.parseInt(status.toString()),
                        retryAfter == null ? null : retryAfter.toString()));
            }
            if (endOfStream) {
                closed(exchange);
            }
        }

        @Override
        public void onHeadersRead(ChannelHandlerContext context, int streamId, Http2Headers headers, int streamDependency,
                                  short weight, boolean exclusive, int padding, boolean endOfStream) {
            onHeadersRead(context, streamId, headers, padding, endOfStream);
        }

        /** An answer's body is not read, but its bytes are handed back to the push service's windows. */
        @Override
        public int onDataRead(ChannelHandlerContext context, int streamId, ByteBuf data, int padding, boolean endOfStream) {
            int length = data.readableBytes() + padding;
            receivedUnacknowledged += length;
            if (receivedUnacknowledged >= Http2CodecUtil.DEFAULT_WINDOW_SIZE / 2) {
                control.writeWindowUpdate(context, Http2CodecUtil.CONNECTION_STREAM_ID, receivedUnacknowledged,
                        context.voidPromise());
                receivedUnacknowledged = 0;
                context.flush();
            }
            Exchange exchange = open.get(streamId);
            if (exchange != null && !endOfStream && length > 0) {
                control.writeWindowUpdate(context, streamId, length, context.voidPromise());
                context.flush();
            }
            if (exchange != null && endOfStream) {
                closed(exchange);
            }
            return length;
        }

        @Override
        public void onRstStreamRead(ChannelHandlerContext context, int streamId, long errorCode) {
            Exchange exchange = open.remove(streamId);
            if (exchange == null) {
                return;
            }
            exchange.fail(errorCode == Http2Error.REFUSED_STREAM.code()
                    ? new NotSentException("the push service refused the stream", null)
                    : new IOException("the push service reset the stream, error " + errorCode));
            startWaiting();
        }

        /** Streams above the last one the push service processed never reached it, and may go elsewhere. */
        @Override
        public void onGoAwayRead(ChannelHandlerContext context, int lastStreamId, long errorCode, ByteBuf debugData) {
            goingAway = true;
            List<Exchange> unprocessed = new ArrayList<>();
            open.values().forEach(exchange -> {
                if (exchange.streamId > lastStreamId) {
                    unprocessed.add(exchange);
                }
            });
            for (Exchange exchange : unprocessed) {
                open.remove(exchange.streamId);
                exchange.fail(new NotSentException("the push service is going away", null));
            }
            for (Exchange exchange = waitingForStream.poll(); exchange != null; exchange = waitingForStream.poll()) {
                exchange.fail(new NotSentException("the push service is going away", null));
            }
        }

        @Override
        public void onPushPromiseRead(ChannelHandlerContext context, int streamId, int promisedStreamId,
                                      Http2Headers headers, int padding) throws Http2Exception {
            throw Http2Exception.connectionError(Http2Error.PROTOCOL_ERROR, "server push was disabled");
        }
    }

    /**
     * Decodes every answer's header block, as HPACK needs to keep the push service's header table in step,
     * but keeps only the two headers an answer is read for. A push service sends a handful of others with
     * each answer (date, server, content type and more), and putting them all in Netty's usual header map,
     * checked name by name, cost more than the rest of reading the answer.
     */
    private static final class AnswerHeadersDecoder extends DefaultHttp2HeadersDecoder {

        AnswerHeadersDecoder() {
            super(false, LONGEST_ANSWER_HEADERS);
        }

        @Override
        protected Http2Headers newHeaders() {
            return new AnswerHeaders();
        }
    }

    /** The status and Retry-After of an answer; the other headers it is given are left out. */
    private static final class AnswerHeaders extends DefaultHttp2Headers {

        private static final AsciiString STATUS = Http2Headers.PseudoHeaderName.STATUS.value();

        AnswerHeaders() {
            super(false, 2);
        }

        @Override
        public Http2Headers add(CharSequence name, CharSequence value) {
            if (STATUS.contentEquals(name) || RETRY_AFTER.contentEqualsIgnoreCase(name)) {
                super.add(name, value);
            }
            return this;
        }
    }

    /** One message on its way: what to send, how far it has been written, and where its answer goes. */
    private final class Exchange {

        private final CompletableFuture<Response> response = new CompletableFuture<>();
        private final RequestHeaders headers;
        private final byte[] path;
        private final byte[] body;
        /** When to give up waiting for the answer, in {@link System#nanoTime()}. */
        private final long deadline;
        private int streamId;
        private int sendWindow;
        private int bodyWritten;
        private boolean waitingForWindow;

        Exchange(RequestHeaders headers, byte[] path, byte[] body, long deadline) {
            this.headers = headers;
            this.path = path;
            this.body = body;
            this.deadline = deadline;
        }

        /** The first outcome counts; the message's slot is given back before anyone hears of it. */
        void answer(Response answer) {
            if (!response.isDone()) {
                active.decrementAndGet();
                response.complete(answer);
            }
        }

        void fail(Throwable cause) {
            if (!response.isDone()) {
                active.decrementAndGet();
                response.completeExceptionally(cause);
            }
        }
    }
}
