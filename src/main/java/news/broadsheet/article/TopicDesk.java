package news.broadsheet.article;

import java.util.List;

/** Topics as administrators tidy them: renamed, merged, deleted. Every change is audited. */
public interface TopicDesk {

    /** Every topic by name, with how many articles (of any status) carry it. */
    List<TopicInUse> topicsInUse();

    /**
     * Renames the topic; its slug follows the new name, as it does for a topic created from a name.
     *
     * @throws FilingChangeRefused when the name is wrong or another topic already has it
     */
    void rename(long id, String name, String actor);

    /**
     * Moves every article of one topic to another and deletes the first.
     *
     * @throws FilingChangeRefused when the two are the same topic or either does not exist
     */
    void merge(long fromId, long intoId, String actor);

    /**
     * Deletes a topic no article carries.
     *
     * @throws FilingChangeRefused when an article still carries it
     */
    void delete(long id, String actor);
}
