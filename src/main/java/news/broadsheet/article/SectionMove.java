package news.broadsheet.article;

/** Where an administrator moves a section in the masthead: one place up or down. */
public enum SectionMove {
    UP, DOWN
}
