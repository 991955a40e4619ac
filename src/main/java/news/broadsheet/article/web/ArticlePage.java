package news.broadsheet.article.web;

import java.util.List;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleInserts;
import news.broadsheet.article.Section;
import news.broadsheet.edition.Edition;

/**
 * The article page's model: the article, the edition whose furniture frames it, the sections a reader
 * can ask to be alerted about, and the body cut where other modules' inserts stand.
 */
public record ArticlePage(Article article, Edition edition, List<Section> sections, ArticleBody body,
                          ArticleInserts.Placement inserts) {

    /** Where the comment count goes; {@link DiscussionHoles} fills it for each request. */
    public static final String COUNT_HOLE = "<!--comment-count-->";

    /** Where the discussion goes, naming the article whose discussion it is. */
    public String discussionHole() {
        return DiscussionHoles.discussionMarker(article.id());
    }

    public String published() {
        return edition.formatTime(article.publishedAt());
    }

    public String updated() {
        return article.wasUpdated() ? edition.formatTime(article.updatedAt()) : null;
    }
}
