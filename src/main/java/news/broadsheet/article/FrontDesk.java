package news.broadsheet.article;

import java.util.List;

/**
 * Editors' ordering of each edition's front: the lead story, then the top stories. Only published articles
 * of the edition can be placed. Every change is audited under the editor's name and tells every node that
 * the front changed. A change that cannot be made throws {@link FrontChangeRefused} and changes nothing.
 */
public interface FrontDesk {

    /** The most stories an edition's front holds in editors' order: one page of the front. */
    int MAX_CURATED = 10;

    /** The placed stories in order, including any that have since been unpublished (the front skips those). */
    List<FrontSlot> curated(String editionCode);

    /** Places the article last among the curated stories. */
    void add(String editionCode, long articleId, String actor);

    void move(String editionCode, long articleId, FrontMove move, String actor);

    void remove(String editionCode, long articleId, String actor);

    /** Puts the curated stories in this order; the ids must be exactly the stories curated now. */
    void reorder(String editionCode, List<Long> articleIds, String actor);
}
