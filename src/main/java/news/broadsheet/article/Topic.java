package news.broadsheet.article;

/** A subject that runs across sections (a country, a conflict, a policy). */
public record Topic(long id, String slug, String name) {

    public String path() {
        return "/topics/" + slug;
    }
}
