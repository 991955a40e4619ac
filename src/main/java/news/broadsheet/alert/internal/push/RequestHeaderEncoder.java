package news.broadsheet.alert.internal.push;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * HPACK (RFC 7541) for the requests of one HTTP/2 connection to a push service: a {@code POST} over
 * {@code https} whose headers, all but the path, are the same for every message of a fan-out. They go into
 * the connection's dynamic table with the first message and are referred to by index after that. As long as
 * the table does not change, those references are the same bytes every time, so they are kept per
 * {@link RequestHeaders} and copied: a message then costs its path and a copy, not a search of the table for
 * every header. Paths are never indexed: each is used once, and would push out the headers that repeat.
 *
 * <p>Strings are sent as they are, without Huffman coding, which RFC 7541 leaves to the encoder. Touched
 * only on the connection's event loop.
 */
final class RequestHeaderEncoder {

    /** The most this encoder keeps in its table, whatever larger size the push service allows. */
    private static final int DEFAULT_TABLE_SIZE = 4096;
    private static final int STATIC_TABLE_LENGTH = 61;
    private static final int STATIC_AUTHORITY = 1;
    private static final int STATIC_METHOD_POST = 3;
    private static final int STATIC_PATH = 4;
    private static final int STATIC_SCHEME_HTTPS = 7;
    private static final Map<String, Integer> STATIC_NAMES = Map.of(
            "authorization", 23, "content-encoding", 26, "content-length", 28, "content-type", 31);
    /** More different headers than one connection sees at once; past this the kept encodings start afresh. */
    private static final int MOST_KEPT = 16;

    private record Encoded(long tableVersion, byte[] beforePath, byte[] afterPath) {
    }

    /** Newest first: the newest entry has index 62. */
    private final ArrayDeque<RequestHeaders.Field> table = new ArrayDeque<>();
    private final Map<RequestHeaders, Encoded> kept = new IdentityHashMap<>();
    private int tableSize;
    private int maxTableSize = DEFAULT_TABLE_SIZE;
    /** Counts every change to the table, so a kept encoding can tell it still refers to the right entries. */
    private long tableVersion;
    private int smallestMaxSinceLastBlock = -1;

    /**
     * The push service allows a table of {@code allowed} bytes (its SETTINGS_HEADER_TABLE_SIZE); this
     * encoder uses up to {@value #DEFAULT_TABLE_SIZE} of it and announces the change in the next block.
     */
    void allowTableSize(long allowed) {
        int size = (int) Math.min(allowed, DEFAULT_TABLE_SIZE);
        if (size == maxTableSize) {
            return;
        }
        smallestMaxSinceLastBlock = smallestMaxSinceLastBlock < 0 ? size : Math.min(smallestMaxSinceLastBlock, size);
        maxTableSize = size;
        evictDownTo(maxTableSize);
        tableVersion++;
    }

    /** Writes the header block of one message: {@code headers} and the request's path. */
    void encode(RequestHeaders headers, byte[] path, ByteBuf out) {
        announceTableSize(out);
        Encoded encoded = kept.get(headers);
        if (encoded != null && encoded.tableVersion() == tableVersion) {
            out.writeBytes(encoded.beforePath());
            pathField(path, out);
            out.writeBytes(encoded.afterPath());
            return;
        }
        long versionBefore = tableVersion;
        int start = out.writerIndex();
        integer(out, 0x80, 7, STATIC_METHOD_POST);
        integer(out, 0x80, 7, STATIC_SCHEME_HTTPS);
        field(out, STATIC_AUTHORITY, headers.authority());
        int pseudoEnd = out.writerIndex();
        pathField(path, out);
        int regularStart = out.writerIndex();
        for (RequestHeaders.Field header : headers.fields()) {
            field(out, STATIC_NAMES.getOrDefault(new String(header.name(), StandardCharsets.US_ASCII), 0), header);
        }
        // Only references to entries already in the table can be copied later: an encoding that added entries
        // would add them again at the push service.
        if (tableVersion == versionBefore) {
            if (kept.size() >= MOST_KEPT) {
                kept.clear();
            }
            kept.put(headers, new Encoded(tableVersion, copy(out, start, pseudoEnd),
                    copy(out, regularStart, out.writerIndex())));
        }
    }

    private void announceTableSize(ByteBuf out) {
        if (smallestMaxSinceLastBlock < 0) {
            return;
        }
        // RFC 7541 §4.2: the smallest size since the last block first, so the push service evicts as we did.
        if (smallestMaxSinceLastBlock < maxTableSize) {
            integer(out, 0x20, 5, smallestMaxSinceLastBlock);
        }
        integer(out, 0x20, 5, maxTableSize);
        smallestMaxSinceLastBlock = -1;
    }

    private static void pathField(byte[] path, ByteBuf out) {
        integer(out, 0x10, 4, STATIC_PATH);
        string(out, path);
    }

    /** One header: a reference if the table has it, else a literal that the table takes in if it fits. */
    private void field(ByteBuf out, int staticName, RequestHeaders.Field header) {
        int index = indexOf(header);
        if (index > 0) {
            integer(out, 0x80, 7, index);
            return;
        }
        boolean indexed = header.size() <= maxTableSize;
        if (staticName > 0) {
            integer(out, indexed ? 0x40 : 0x00, indexed ? 6 : 4, staticName);
        } else {
            out.writeByte(indexed ? 0x40 : 0x00);
            string(out, header.name());
        }
        string(out, header.value());
        if (indexed) {
            evictDownTo(maxTableSize - header.size());
            table.addFirst(header);
            tableSize += header.size();
            tableVersion++;
        }
    }

    private int indexOf(RequestHeaders.Field header) {
        int index = STATIC_TABLE_LENGTH + 1;
        for (RequestHeaders.Field entry : table) {
            if (Arrays.equals(entry.value(), header.value()) && Arrays.equals(entry.name(), header.name())) {
                return index;
            }
            index++;
        }
        return 0;
    }

    private void evictDownTo(int size) {
        while (tableSize > size && !table.isEmpty()) {
            tableSize -= table.removeLast().size();
            tableVersion++;
        }
    }

    /** RFC 7541 §5.1: an integer in the low {@code prefixBits} of a byte whose high bits are {@code pattern}. */
    private static void integer(ByteBuf out, int pattern, int prefixBits, int value) {
        int prefixMax = (1 << prefixBits) - 1;
        if (value < prefixMax) {
            out.writeByte(pattern | value);
            return;
        }
        out.writeByte(pattern | prefixMax);
        int rest = value - prefixMax;
        while (rest >= 0x80) {
            out.writeByte((rest & 0x7f) | 0x80);
            rest >>>= 7;
        }
        out.writeByte(rest);
    }

    /** RFC 7541 §5.2: a string literal, not Huffman coded. */
    private static void string(ByteBuf out, byte[] bytes) {
        integer(out, 0x00, 7, bytes.length);
        out.writeBytes(bytes);
    }

    /** A copy of what an encoding wrote, to be written again. */
    private static byte[] copy(ByteBuf out, int from, int to) {
        byte[] bytes = new byte[to - from];
        out.getBytes(from, bytes);
        return bytes;
    }
}
