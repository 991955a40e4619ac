package news.broadsheet.reader;

/**
 * What the masthead counts for the signed-in reader beside their name: the notifications they have not read
 * yet, and the page that lists them. Implemented by the module that keeps notifications; without one the
 * masthead shows no count.
 */
public interface UnreadNotifications {

    /** The page listing the signed-in reader's notifications, a path on this site. */
    String href();

    int unreadFor(long readerId);
}
