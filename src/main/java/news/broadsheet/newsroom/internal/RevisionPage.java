package news.broadsheet.newsroom.internal;

import java.util.List;
import news.broadsheet.article.EditableArticle;
import news.broadsheet.article.Revision;

/** One revision beside the one before it: what each text field gained and lost. */
public record RevisionPage(EditableArticle article, Revision revision, Revision before, List<Field> fields) {

    public record Field(String label, List<RevisionDiff.Run> runs, boolean changed) {
    }

    static RevisionPage of(EditableArticle article, Revision revision, Revision before) {
        var old = before == null ? null : before.content();
        var now = revision.content();
        List<Field> fields = List.of(
                field("Headline", old == null ? "" : old.headline(), now.headline()),
                field("Standfirst", old == null ? "" : old.standfirst(), now.standfirst()),
                field("Slug", old == null ? "" : old.slug(), now.slug()),
                field("Topics", old == null ? "" : old.topicNames(), now.topicNames()),
                field("Body", old == null ? "" : old.bodyMarkdown(), now.bodyMarkdown()));
        return new RevisionPage(article, revision, before, fields);
    }

    private static Field field(String label, String before, String after) {
        List<RevisionDiff.Run> runs = RevisionDiff.between(before, after);
        return new Field(label, runs, RevisionDiff.changed(runs));
    }
}
