/**
 * Editions: regional versions of the site (UK, US) with their own time zone, date style, currency and
 * appeal wording. Other modules ask {@link news.broadsheet.edition.Editions} which edition a reader is in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Editions")
package news.broadsheet.edition;
