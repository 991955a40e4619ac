package news.broadsheet.site.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import news.broadsheet.site.RenderedPage;

/**
 * A rendered page as the page cache keeps it: the bytes, and a gzipped copy made once so that readers whose
 * browsers accept gzip get it without the page being compressed on every request. Tomcat would not compress
 * it anyway, as it leaves responses with a strong ETag alone.
 *
 * @param gzipped the compressed bytes, or null when compressing does not make the page smaller
 */
public record CachedPage(RenderedPage page, byte[] gzipped, String gzippedEtag) {

    /** A page kept only to be completed by its controller: never sent as it is, so never compressed. */
    public static CachedPage unsent(RenderedPage page) {
        return new CachedPage(page, null, null);
    }

    public static CachedPage of(RenderedPage page) {
        byte[] gzipped = gzip(page.body());
        if (gzipped.length >= page.body().length) {
            return new CachedPage(page, null, null);
        }
        // The compressed bytes are a different representation, so they need an ETag of their own (RFC 9110 8.8.3).
        String etag = page.etag();
        return new CachedPage(page, gzipped, etag.substring(0, etag.length() - 1) + "-gzip\"");
    }

    /** The representation to send: the gzipped one when the client accepts it and it exists. */
    public Variant variant(boolean clientAcceptsGzip) {
        if (clientAcceptsGzip && gzipped != null) {
            return new Variant(gzipped, gzippedEtag, "gzip");
        }
        return new Variant(page.body(), page.etag(), null);
    }

    /** @param contentEncoding "gzip", or null for the bytes as rendered */
    public record Variant(byte[] body, String etag, String contentEncoding) {
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gzip = new BestGzipOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Compressed once and sent many times, so the smallest output is worth the slowest level. */
    private static final class BestGzipOutputStream extends GZIPOutputStream {

        BestGzipOutputStream(ByteArrayOutputStream out) throws IOException {
            super(out);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }
}
