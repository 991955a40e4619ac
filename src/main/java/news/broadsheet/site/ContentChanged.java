package news.broadsheet.site;

/** Published content changed somewhere; every node drops the pages it rendered from the old content. */
public record ContentChanged(String what) {
}
