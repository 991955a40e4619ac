/**
 * The newsroom at {@code /newsroom}: staff accounts and roles (writer, editor, admin), sign-in with
 * sessions in PostgreSQL, and the pages where staff write, edit, publish and curate.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Newsroom")
package news.broadsheet.newsroom;
