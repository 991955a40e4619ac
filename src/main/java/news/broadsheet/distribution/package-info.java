/**
 * Distribution: how the paper's journalism reaches readers and machines outside the site itself. Serves Atom
 * feeds for every edition and section front, the sitemap index with its article, front, author and Google
 * News sitemaps, and robots.txt. It only reads published journalism through
 * {@link news.broadsheet.article.Articles} and builds every address from {@link news.broadsheet.site.Site}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Distribution")
package news.broadsheet.distribution;
