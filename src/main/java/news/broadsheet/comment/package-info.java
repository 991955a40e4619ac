/**
 * Readers' comments under articles: threaded discussion rendered without JavaScript and updated live over
 * Server-Sent Events on every node, recommendations and reports, and moderation in the newsroom (queue,
 * word lists, hold rules, bans and suspensions, editors' choice to pre-moderate or close an article or a
 * section). The article module shows the discussion through {@link news.broadsheet.article.ArticleDiscussion}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Comments")
package news.broadsheet.comment;
