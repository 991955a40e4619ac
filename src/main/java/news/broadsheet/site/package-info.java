/**
 * What every page of the site shares: the layout and its head (meta, canonical URL, feeds), rendering jte
 * templates, the page cache with conditional requests, security headers and the error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site")
package news.broadsheet.site;
