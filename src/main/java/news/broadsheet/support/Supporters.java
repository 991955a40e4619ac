package news.broadsheet.support;

/** What other modules may ask about a reader's support. */
public interface Supporters {

    /** Whether the reader chose to show a supporter badge and has a contribution that was paid. */
    boolean showsSupporterBadge(long readerId);
}
