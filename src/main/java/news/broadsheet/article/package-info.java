/**
 * Articles and what they are filed under: sections, topics and authors. Renders the article page, the
 * edition and section fronts, author and topic pages; other modules read published journalism through
 * {@link news.broadsheet.article.Articles} and write it through {@link news.broadsheet.article.ArticleDesk}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Articles")
package news.broadsheet.article;
