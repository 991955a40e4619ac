package news.broadsheet.newsroom.internal;

import java.util.Map;
import news.broadsheet.article.ArticleDraft;
import news.broadsheet.article.AutosavedText;
import news.broadsheet.article.EditableArticle;
import news.broadsheet.article.Revision;

/**
 * What the article editor shows: the stored article (null while new), the text in the form, the version the
 * form saves over, and whatever must be said about the last attempt.
 */
public record EditorState(EditableArticle article, ArticleDraft draft, int version, Map<String, String> problems,
                   String notice, Revision refused, AutosavedText autosave) {

    static EditorState fresh() {
        return new EditorState(null, ArticleDraft.empty(), 0, Map.of(), null, null, null);
    }

    static EditorState of(EditableArticle article) {
        return new EditorState(article, article.draft(), article.version(), Map.of(), null, null, null);
    }

    EditorState withDraft(ArticleDraft typed) {
        return new EditorState(article, typed, version, problems, notice, refused, autosave);
    }

    EditorState withProblems(Map<String, String> found) {
        return new EditorState(article, draft, version, found, notice, refused, autosave);
    }

    EditorState withNotice(String message) {
        return new EditorState(article, draft, version, problems, message, refused, autosave);
    }

    EditorState withRefused(Revision revision) {
        return new EditorState(article, draft, version, problems, notice, revision, autosave);
    }

    EditorState withAutosaveOffer(AutosavedText text) {
        return new EditorState(article, draft, version, problems, notice, refused, text);
    }
}
