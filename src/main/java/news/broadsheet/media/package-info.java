/**
 * Pictures: stored once with caption, credit and alt text, served in several widths for responsive
 * {@code srcset}s with long-lived cache headers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Media")
package news.broadsheet.media;
