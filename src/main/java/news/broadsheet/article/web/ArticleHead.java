package news.broadsheet.article.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.article.Article;
import news.broadsheet.article.Author;
import news.broadsheet.article.Topic;
import news.broadsheet.site.PageHead;
import news.broadsheet.site.PageHead.Meta;
import news.broadsheet.site.Site;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The article page's head: canonical URL, OpenGraph and Twitter cards, and schema.org NewsArticle data. */
@Component
class ArticleHead {

    private final Site site;
    private final JsonMapper json;

    ArticleHead(Site site, JsonMapper json) {
        this.site = site;
        this.json = json;
    }

    PageHead of(Article article, List<PageHead.Feed> feeds) {
        String url = site.absolute(article.path());
        List<Meta> meta = new ArrayList<>(List.of(
                Meta.property("og:type", "article"),
                Meta.property("og:site_name", site.name()),
                Meta.property("og:title", article.headline()),
                Meta.property("og:description", article.standfirst()),
                Meta.property("og:url", url),
                Meta.property("article:published_time", iso(article.publishedAt())),
                Meta.property("article:modified_time", iso(article.modifiedAt())),
                Meta.property("article:section", article.section().name())));
        article.topics().forEach(topic -> meta.add(Meta.property("article:tag", topic.name())));
        meta.add(Meta.name("twitter:card", article.hero() != null ? "summary_large_image" : "summary"));
        meta.add(Meta.name("twitter:title", article.headline()));
        meta.add(Meta.name("twitter:description", article.standfirst()));
        if (article.hero() != null) {
            meta.add(Meta.property("og:image", site.absolute(article.hero().largestSrc())));
            meta.add(Meta.property("og:image:alt", article.hero().altText()));
            meta.add(Meta.name("twitter:image", site.absolute(article.hero().largestSrc())));
            meta.add(Meta.name("twitter:image:alt", article.hero().altText()));
        }
        return new PageHead(article.headline(), article.standfirst(), url, feeds, meta, jsonLd(article, url), true);
    }

    private String jsonLd(Article article, String url) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "NewsArticle");
        data.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", url));
        data.put("url", url);
        data.put("headline", article.headline());
        data.put("description", article.standfirst());
        if (article.hero() != null) {
            data.put("image", List.of(site.absolute(article.hero().largestSrc())));
        }
        data.put("datePublished", iso(article.publishedAt()));
        data.put("dateModified", iso(article.modifiedAt()));
        data.put("articleSection", article.section().name());
        data.put("keywords", article.topics().stream().map(Topic::name).toList());
        data.put("author", article.authors().stream().map(this::person).toList());
        data.put("publisher", Map.of("@type", "NewsMediaOrganization", "name", site.name(), "url", site.publicUrl(),
                "logo", Map.of("@type", "ImageObject", "url", site.absolute("/assets/icon.svg"))));
        data.put("isAccessibleForFree", true);
        return PageHead.scriptSafeJson(json.writeValueAsString(data));
    }

    private Map<String, Object> person(Author author) {
        return Map.of("@type", "Person", "name", author.name(), "url", site.absolute(author.path()));
    }

    private static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
