package news.broadsheet.distribution.internal;

import java.time.Instant;
import java.util.List;
import news.broadsheet.article.ArticleCard;
import news.broadsheet.article.Author;
import news.broadsheet.site.Pages;
import news.broadsheet.site.RenderedPage;
import news.broadsheet.site.Site;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** Writes the Atom 1.0 feed (RFC 4287) of a front: its latest articles, newest first. */
@Component
class AtomFeedWriter {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final String ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";

    private final Site site;

    AtomFeedWriter(Site site) {
        this.site = site;
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
        XmlDocument xml = new XmlDocument(ATOM_NAMESPACE, "feed")
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
            entry(xml, article);
        }
        return Pages.page(xml.bytes(), ATOM, articles.isEmpty() ? null : updated);
    }

    private void entry(XmlDocument xml, ArticleCard article) {
        String url = site.absolute(article.path());
        xml.start("entry")
                .element("id", url)
                .element("title", article.headline());
        link(xml, "alternate", "text/html", url);
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
