package news.broadsheet.site;

import java.util.List;

/**
 * What goes in a page's {@code <head>} besides the shared assets: the title, description, canonical URL,
 * feeds to discover, OpenGraph/Twitter meta and schema.org JSON-LD (already escaped for a script element).
 */
public record PageHead(
        String title,
        String description,
        String canonicalUrl,
        List<Feed> feeds,
        List<Meta> meta,
        String jsonLd,
        boolean indexable) {

    public record Feed(String title, String href) {
    }

    /** One {@code <meta>}: {@code property} for OpenGraph, {@code name} for the rest. */
    public record Meta(String property, String name, String content) {

        public static Meta property(String property, String content) {
            return new Meta(property, null, content);
        }

        public static Meta name(String name, String content) {
            return new Meta(null, name, content);
        }
    }

    public static PageHead simple(String title, String description, String canonicalUrl) {
        return new PageHead(title, description, canonicalUrl, List.of(), List.of(), null, true);
    }

    /**
     * JSON made safe to sit inside a {@code <script>} element: no {@code </script>}, comment opener or line
     * separator can appear, while the JSON still parses to the same value.
     */
    public static String scriptSafeJson(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    public PageHead withFeeds(List<Feed> feeds) {
        return new PageHead(title, description, canonicalUrl, feeds, meta, jsonLd, indexable);
    }
}
