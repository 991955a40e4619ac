package news.broadsheet.article;

/** The staff member doing something to an article: their id for ownership, their name for the record. */
public record Actor(long staffId, String name) {
}
