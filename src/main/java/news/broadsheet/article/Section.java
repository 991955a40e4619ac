package news.broadsheet.article;

/** A department of the paper (World, Politics, …) with its own front in every edition. */
public record Section(long id, String slug, String name, String description) {

    public String path(String editionCode) {
        return "/" + editionCode + "/" + slug;
    }
}
