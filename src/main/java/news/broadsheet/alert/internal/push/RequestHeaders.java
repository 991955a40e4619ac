package news.broadsheet.alert.internal.push;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The headers every message of one kind to one push service carries, all but its path: made once and shared
 * by those messages, so that a connection can encode them once (see {@link RequestHeaderEncoder}).
 * Immutable; names are lower case, as HTTP/2 requires.
 */
final class RequestHeaders {

    /** One header field, as the bytes that go on the wire. */
    record Field(byte[] name, byte[] value) {

        Field(String name, String value) {
            this(name.getBytes(StandardCharsets.US_ASCII), value.getBytes(StandardCharsets.US_ASCII));
        }

        /** Its size in an HPACK dynamic table (RFC 7541 §4.1). */
        int size() {
            return name.length + value.length + 32;
        }
    }

    private final Field authority;
    private final List<Field> fields;

    private RequestHeaders(Field authority, List<Field> fields) {
        this.authority = authority;
        this.fields = fields;
    }

    /** {@code authority} is the push service's host, with its port if not 443. */
    static Builder post(String authority) {
        return new Builder(authority);
    }

    /** The {@code :authority} pseudo-header. */
    Field authority() {
        return authority;
    }

    List<Field> fields() {
        return fields;
    }

    static final class Builder {

        private final Field authority;
        private final List<Field> fields = new ArrayList<>();

        private Builder(String authority) {
            this.authority = new Field(":authority", authority);
        }

        Builder add(String name, String value) {
            fields.add(new Field(name, value));
            return this;
        }

        RequestHeaders build() {
            return new RequestHeaders(authority, List.copyOf(fields));
        }
    }
}
