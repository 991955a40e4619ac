package news.broadsheet.article;

/** Writes journalism into the paper. */
public interface ArticleDesk {

    Section createSection(String slug, String name, String description);

    Author createAuthor(String slug, String name, String role, String bio);

    /** The topic with this name, created if it does not exist yet. */
    Topic topicNamed(String name);

    /** Stores the article as published and tells every node that the content changed. */
    long publish(NewArticle article);

    boolean hasArticles();
}
