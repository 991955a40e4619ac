package news.broadsheet.alert.internal.push;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http2.DefaultHttp2HeadersDecoder;
import io.netty.handler.codec.http2.Http2Exception;
import io.netty.handler.codec.http2.Http2Headers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Our HPACK encoding of requests, read back by Netty's HPACK decoder as a push service would read it: one
 * decoder per connection, over the blocks in the order they were sent, so that both tables must agree.
 */
class RequestHeaderEncoderTest {

    private static final String TOKEN = "vapid t=" + "eyJ0eXAiOiJKV1QiLCJhbGciOiJFUzI1NiJ9.".repeat(6) + ", k=" + "B".repeat(87);

    private final RequestHeaderEncoder encoder = new RequestHeaderEncoder();
    private final DefaultHttp2HeadersDecoder pushService = new DefaultHttp2HeadersDecoder(true);

    @Test
    void everyMessageReadsBackWithItsOwnPathAndTheRepeatedHeadersAreSentOnce() throws Http2Exception {
        RequestHeaders alert = message("86400", "420");
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String path = "/wpush/v2/subscription-" + i;
            ByteBuf block = encode(alert, path);
            sizes.add(block.readableBytes());
            assertReadsBackAs(decode(block), alert, path);
        }
        assertThat(sizes.get(0)).as("the first message carries the token").isGreaterThan(TOKEN.length());
        assertThat(sizes.subList(1, 4)).as("later messages refer to what the first put in the table")
                .allSatisfy(size -> assertThat(size).isLessThan(50));
    }

    @Test
    void messagesOfTwoAlertsTakingTurnsOnOneConnectionKeepTheirOwnHeaders() throws Http2Exception {
        sendTakingTurns(message("86400", "420"), message("3600", "388"), 6);
    }

    @Test
    void aSmallerTableThatThePushServiceAsksForIsAnnouncedAndKept() throws Http2Exception {
        RequestHeaders alert = message("86400", "420");
        assertReadsBackAs(decode(encode(alert, "/push/before")), alert, "/push/before");

        // Netty's decoder refuses the next block unless it opens with the new, smaller size.
        pushService.maxHeaderTableSize(120);
        encoder.allowTableSize(120);
        sendTakingTurns(alert, message("60", "100"), 5);
    }

    @Test
    void withNoTableAtAllEveryHeaderIsSentInFull() throws Http2Exception {
        pushService.maxHeaderTableSize(0);
        encoder.allowTableSize(0);
        RequestHeaders alert = message("86400", "420");
        for (int i = 0; i < 3; i++) {
            ByteBuf block = encode(alert, "/push/" + i);
            assertThat(block.readableBytes()).isGreaterThan(TOKEN.length());
            assertReadsBackAs(decode(block), alert, "/push/" + i);
        }
    }

    private static RequestHeaders message(String ttl, String contentLength) {
        return RequestHeaders.post("push.example.net:8443")
                .add("ttl", ttl)
                .add("urgency", "high")
                .add("content-encoding", "aes128gcm")
                .add("content-type", "application/octet-stream")
                .add("content-length", contentLength)
                .add("authorization", TOKEN)
                .add("topic", "alert-" + ttl)
                .build();
    }

    /** Sends {@code messages} messages on one connection, of the two kinds in turn, each read back. */
    private void sendTakingTurns(RequestHeaders first, RequestHeaders second, int messages) throws Http2Exception {
        for (int i = 0; i < messages; i++) {
            RequestHeaders headers = i % 2 == 0 ? first : second;
            assertReadsBackAs(decode(encode(headers, "/push/" + i)), headers, "/push/" + i);
        }
    }

    private ByteBuf encode(RequestHeaders headers, String path) {
        ByteBuf block = Unpooled.buffer();
        encoder.encode(headers, path.getBytes(StandardCharsets.US_ASCII), block);
        return block;
    }

    private Http2Headers decode(ByteBuf block) throws Http2Exception {
        try {
            return pushService.decodeHeaders(1, block);
        } finally {
            block.release();
        }
    }

    private static void assertReadsBackAs(Http2Headers read, RequestHeaders sent, String path) {
        assertThat(read.method()).hasToString("POST");
        assertThat(read.scheme()).hasToString("https");
        assertThat(read.authority()).hasToString("push.example.net:8443");
        assertThat(read.path()).hasToString(path);
        assertThat(read.size()).isEqualTo(4 + sent.fields().size());
        for (RequestHeaders.Field field : sent.fields()) {
            assertThat(read.get(new String(field.name(), StandardCharsets.US_ASCII)))
                    .as(new String(field.name(), StandardCharsets.US_ASCII))
                    .hasToString(new String(field.value(), StandardCharsets.US_ASCII));
        }
    }
}
