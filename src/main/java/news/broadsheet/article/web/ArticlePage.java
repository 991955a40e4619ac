package news.broadsheet.article.web;

import news.broadsheet.article.Article;
import news.broadsheet.edition.Edition;

/** The article page's model: the article and the edition whose furniture frames it. */
public record ArticlePage(Article article, Edition edition, int commentCount) {

    public String published() {
        return edition.formatTime(article.publishedAt());
    }

    public String updated() {
        return article.wasUpdated() ? edition.formatTime(article.updatedAt()) : null;
    }
}
