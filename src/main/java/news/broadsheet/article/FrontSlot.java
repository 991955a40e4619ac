package news.broadsheet.article;

/**
 * A story placed on an edition's front. {@code position} 1 is the lead. {@code live} says whether the
 * front shows it: it must still be published and still belong to the edition.
 */
public record FrontSlot(int position, long articleId, String slug, String headline, boolean live) {

    public boolean isLead() {
        return position == 1;
    }

    public String path() {
        return Article.pathOf(slug);
    }
}
