package news.broadsheet.article.web;

import news.broadsheet.article.ArticleCard;
import news.broadsheet.article.ResultPage;
import news.broadsheet.edition.Edition;

/**
 * A page listing articles: an edition or section front, an author's or a topic's page.
 * {@code kicker} names the kind of page ("Section", "Author", "Topic"), {@code lead} says whether the first
 * story is shown large.
 */
public record Listing(String kicker, String title, String description, String path, ResultPage<ArticleCard> articles,
               Edition edition, boolean lead) {

    public String pageLink(int page) {
        return PageNumber.link(path, page);
    }
}
