package news.broadsheet.article;

/** A section and the number of articles, drafts included, filed under it. */
public record SectionInUse(Section section, long articles) {

    /** A section may go only when nothing is filed under it, or those articles would lose their place. */
    public boolean deletable() {
        return articles == 0;
    }
}
