package news.broadsheet.article;

/** Where an editor moves a curated story: to the lead, or one place up or down. */
public enum FrontMove {
    LEAD, UP, DOWN
}
