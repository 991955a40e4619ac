/**
 * Demo content: a small newspaper's worth of original articles, authors and drawn pictures, loaded into an
 * empty database so a first run shows a working site.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo content")
package news.broadsheet.demo;
