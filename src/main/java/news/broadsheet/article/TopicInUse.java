package news.broadsheet.article;

/** A topic and the number of articles, drafts included, that carry it. */
public record TopicInUse(Topic topic, long articles) {

    /** Deleting a topic in use would silently untag articles; merging it is the way to retire it. */
    public boolean deletable() {
        return articles == 0;
    }
}
