package news.broadsheet.inbox.internal;

/** Links to the previous and next pages of a list ({@code null} where there is none). */
public record PageLinks(String previous, String next) {

    static final int MAX_PAGE = 500;

    static PageLinks of(String path, int page, boolean more) {
        return new PageLinks(page > 1 ? path + (page == 2 ? "" : "?page=" + (page - 1)) : null,
                more && page < MAX_PAGE ? path + "?page=" + (page + 1) : null);
    }

    /** The page asked for, within 1 and {@link #MAX_PAGE}. */
    static int clamp(int page) {
        return Math.max(1, Math.min(page, MAX_PAGE));
    }
}
