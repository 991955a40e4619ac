package news.broadsheet.article;

import java.util.List;

/**
 * Sections as administrators manage them. Every change is audited and tells every node that the content
 * changed, so mastheads and section fronts follow at once.
 */
public interface SectionDesk {

    /** Every section in masthead order, with how many articles (of any status) are filed under it. */
    List<SectionInUse> sectionsInUse();

    /**
     * Adds a section at the end of the masthead; a blank slug is made from the name.
     *
     * @throws FilingChangeRefused naming the fields that are wrong
     */
    Section create(String name, String slug, String description, String actor);

    /**
     * Renames the section and rewrites its description. The slug stays, so links to its fronts keep working.
     *
     * @throws FilingChangeRefused naming the fields that are wrong
     */
    void edit(long id, String name, String description, String actor);

    /** Moves the section one place earlier or later in the masthead; a move past either end changes nothing. */
    void move(long id, SectionMove move, String actor);

    /**
     * Deletes a section no article is filed under.
     *
     * @throws FilingChangeRefused when an article still uses it
     */
    void delete(long id, String actor);
}
