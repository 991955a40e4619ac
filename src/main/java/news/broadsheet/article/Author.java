package news.broadsheet.article;

/** A journalist who writes for the paper. */
public record Author(long id, String slug, String name, String role, String bio) {

    public String path() {
        return "/authors/" + slug;
    }
}
