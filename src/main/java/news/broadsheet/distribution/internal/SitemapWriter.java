package news.broadsheet.distribution.internal;

import java.util.List;
import news.broadsheet.article.ArticleCard;
import news.broadsheet.site.Site;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** Writes sitemaps (sitemaps.org protocol 0.9) and Google News sitemaps with absolute URLs. */
@Component
class SitemapWriter {

    static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final String SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS_NAMESPACE = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final String NEWS_LANGUAGE = "en";

    private final Site site;

    SitemapWriter(Site site) {
        this.site = site;
    }

    /** The sitemap index pointing at the sitemaps at these paths. */
    byte[] index(List<String> sitemapPaths) {
        XmlDocument xml = new XmlDocument(SITEMAP_NAMESPACE, "sitemapindex");
        for (String path : sitemapPaths) {
            xml.start("sitemap").element("loc", site.absolute(path)).end();
        }
        return xml.bytes();
    }

    /** Pages whose last change the sitemap does not state, such as fronts and author pages. */
    byte[] pages(List<String> paths) {
        XmlDocument xml = new XmlDocument(SITEMAP_NAMESPACE, "urlset");
        for (String path : paths) {
            xml.start("url").element("loc", site.absolute(path)).end();
        }
        return xml.bytes();
    }

    byte[] articles(List<ArticleCard> articles) {
        XmlDocument xml = new XmlDocument(SITEMAP_NAMESPACE, "urlset");
        for (ArticleCard article : articles) {
            xml.start("url")
                    .element("loc", site.absolute(article.path()))
                    .element("lastmod", article.modifiedAt())
                    .end();
        }
        return xml.bytes();
    }

    /** A Google News sitemap: the recent articles with their publication, date and title. */
    byte[] news(List<ArticleCard> articles) {
        XmlDocument xml = new XmlDocument(SITEMAP_NAMESPACE, "urlset").declare("news", NEWS_NAMESPACE);
        for (ArticleCard article : articles) {
            xml.start("url")
                    .element("loc", site.absolute(article.path()))
                    .start(NEWS_NAMESPACE, "news")
                    .start(NEWS_NAMESPACE, "publication")
                    .element(NEWS_NAMESPACE, "name", site.name())
                    .element(NEWS_NAMESPACE, "language", NEWS_LANGUAGE)
                    .end()
                    .element(NEWS_NAMESPACE, "publication_date", article.publishedAt())
                    .element(NEWS_NAMESPACE, "title", article.headline())
                    .end()
                    .end();
        }
        return xml.bytes();
    }
}
