package news.broadsheet.article.web;

import java.util.List;
import news.broadsheet.article.Article;
import news.broadsheet.article.Section;
import news.broadsheet.edition.Edition;

/**
 * The article page's model: the article, the edition whose furniture frames it, and the sections a reader
 * can ask to be alerted about.
 */
public record ArticlePage(Article article, Edition edition, int commentCount, List<Section> sections) {

    public String published() {
        return edition.formatTime(article.publishedAt());
    }

    public String updated() {
        return article.wasUpdated() ? edition.formatTime(article.updatedAt()) : null;
    }
}
