/**
 * Readers' accounts: registration with a verified e-mail address, sign-in with remember-me on the public
 * site, the account pages and public profiles. Other modules ask {@link news.broadsheet.reader.Readers} who
 * is signed in and listen for {@link news.broadsheet.reader.ReaderDeleted}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Readers")
package news.broadsheet.reader;
