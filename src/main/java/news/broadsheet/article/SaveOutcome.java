package news.broadsheet.article;

import java.util.Map;

/** What became of a save: stored, refused for its content, or refused because someone saved first. */
public sealed interface SaveOutcome {

    record Saved(long articleId, int version) implements SaveOutcome {
    }

    /** Nothing was stored; the problems are by field name. */
    record Invalid(Map<String, String> problems) implements SaveOutcome {
    }

    /**
     * The article changed since the saver opened it. Nothing stored changed; the saver's text is kept as the
     * {@code refused} revision so both versions can be compared.
     */
    record Conflict(EditableArticle current, Revision refused) implements SaveOutcome {
    }
}
