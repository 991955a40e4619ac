package news.broadsheet.distribution.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import news.broadsheet.article.ArticleCard;
import news.broadsheet.article.ArticleDiscussion;
import news.broadsheet.article.Author;
import news.broadsheet.site.Pages;
import news.broadsheet.site.RenderedPage;
import news.broadsheet.site.Site;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** Writes the Atom 1.0 feed (RFC 4287) of a front: its latest articles, newest first. */
@Component
class AtomFeedWriter {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final String ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";
    /** The Atom Threading Extensions (RFC 4685), whose {@code thr:count} says how many comments an entry has. */
    private static final String THREADING_NAMESPACE = "http://purl.org/syndication/thread/1.0";

    private final Site site;
    private final ObjectProvider<ArticleDiscussion> discussions;

    AtomFeedWriter(Site site, ObjectProvider<ArticleDiscussion> discussions) {
        this.site = site;
        this.discussions = discussions;
    }

    /** The front a feed follows: its title, what it covers and the path of its page. */
    record Front(String title, String subtitle, String path) {

        String feedPath() {
            return path + "/feed";
        }
    }

    RenderedPage feed(Front front, List<ArticleCard> articles) {
        // An empty feed still needs an <updated>; the epoch keeps its bytes, and so its ETag, the same on every node.
        Instant updated = articles.stream().map(ArticleCard::modifiedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
        String feedUrl = site.absolute(front.feedPath());
        ArticleDiscussion discussion = discussions.getIfAvailable();
        Map<Long, Integer> commentCounts = discussion == null ? null
                : discussion.counts(articles.stream().map(ArticleCard::id).toList());
        XmlDocument xml = new XmlDocument(ATOM_NAMESPACE, "feed")
                .declare("thr", THREADING_NAMESPACE)
                .element("id", feedUrl)
                .element("title", front.title())
                .element("subtitle", front.subtitle())
                .element("updated", updated);
        link(xml, "self", "application/atom+xml", feedUrl);
        link(xml, "alternate", "text/html", site.absolute(front.path()));
        // Entries without a byline inherit the paper as their author, which keeps the feed valid.
        xml.start("author").element("name", site.name()).element("uri", site.publicUrl()).end()
                .element("generator", "Broadsheet");
        for (ArticleCard article : articles) {
            entry(xml, article, commentCounts == null ? null : commentCounts.getOrDefault(article.id(), 0));
        }
        return Pages.page(xml.bytes(), ATOM, articles.isEmpty() ? null : updated);
    }

    /** {@code comments} is null when no module keeps comments. */
    private void entry(XmlDocument xml, ArticleCard article, Integer comments) {
        String url = site.absolute(article.path());
        xml.start("entry")
                .element("id", url)
                .element("title", article.headline());
        link(xml, "alternate", "text/html", url);
        if (comments != null) {
            xml.start("link").attribute("rel", "replies").attribute("type", "text/html")
                    .attribute("href", url + "#comments")
                    .attribute(THREADING_NAMESPACE, "count", Integer.toString(comments)).end();
        }
        xml.element("published", article.publishedAt())
                .element("updated", article.modifiedAt());
        for (Author author : article.authors()) {
            xml.start("author")
                    .element("name", author.name())
                    .element("uri", site.absolute(author.path()))
                    .end();
        }
        xml.start("category").attribute("term", article.section().name()).end();
        if (!article.standfirst().isBlank()) {
            xml.element("summary", article.standfirst());
        }
        xml.end();
    }

    private static void link(XmlDocument xml, String rel, String type, String href) {
        xml.start("link").attribute("rel", rel).attribute("type", type).attribute("href", href).end();
    }
}
