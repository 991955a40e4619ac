package news.broadsheet.article;

import java.util.List;
import java.util.Optional;
import news.broadsheet.media.Image;

/**
 * Writing and editing articles in the newsroom: every explicit save is checked, versioned and kept as a
 * revision. Role and ownership rules belong to the caller; the rules of the content belong here.
 */
public interface Newsdesk {

    /** The articles this staff member started that are still drafts, most recently saved first. */
    List<DeskEntry> draftsOf(long staffId, int limit);

    /** Articles with this status, most recently saved (or, when published, published) first. */
    List<DeskEntry> withStatus(ArticleStatus status, int limit);

    Optional<EditableArticle> find(long id);

    SaveOutcome create(ArticleDraft draft, Actor by);

    /** Saves over {@code expectedVersion}; if the article has moved on, nothing changes and the draft is kept. */
    SaveOutcome save(long id, int expectedVersion, ArticleDraft draft, Actor by);

    /** Newest first, refused saves included. */
    List<Revision> revisions(long articleId);

    Optional<Revision> revision(long articleId, long revisionId);

    /** The saved revision the given one followed, to show what it changed. */
    Optional<Revision> revisionBefore(long articleId, long revisionId);

    /** Saves the revision's content as a new revision, under the same version check as any save. */
    SaveOutcome restore(long articleId, long revisionId, int expectedVersion, Actor by);

    void autosave(long articleId, Actor by, String headline, String standfirst, String bodyMarkdown);

    /** This person's autosave of the article, if it is newer than the article's last explicit save. */
    Optional<AutosavedText> autosaveNewerThanLastSave(long articleId, long staffId);

    /** The body as the public page will show it. */
    String preview(String bodyMarkdown);

    /** Pictures an article can lead with, newest first. */
    List<Image> heroImageChoices(int limit);
}
