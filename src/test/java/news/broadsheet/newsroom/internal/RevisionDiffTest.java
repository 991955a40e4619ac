package news.broadsheet.newsroom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.broadsheet.newsroom.internal.RevisionDiff.Kind;
import news.broadsheet.newsroom.internal.RevisionDiff.Run;
import org.junit.jupiter.api.Test;

class RevisionDiffTest {

    @Test
    void aChangedWordIsShownAsRemovedThenAdded() {
        assertThat(RevisionDiff.between("Talks in Sochi end", "Talks in Moscow end")).containsExactly(
                new Run(Kind.SAME, "Talks in "), new Run(Kind.REMOVED, "Sochi"), new Run(Kind.ADDED, "Moscow"),
                new Run(Kind.SAME, " end"));
    }

    @Test
    void aRewrittenPhraseReadsAsOneRemovalAndOneAddition() {
        assertThat(RevisionDiff.between("one two three four", "one six seven four")).containsExactly(
                new Run(Kind.SAME, "one "), new Run(Kind.REMOVED, "two three"), new Run(Kind.ADDED, "six seven"),
                new Run(Kind.SAME, " four"));
    }

    @Test
    void identicalTextsHaveNoChanges() {
        List<Run> runs = RevisionDiff.between("Same\n\ntext", "Same\n\ntext");
        assertThat(RevisionDiff.changed(runs)).isFalse();
        assertThat(runs).containsExactly(new Run(Kind.SAME, "Same\n\ntext"));
    }

    @Test
    void additionsToAnEmptyTextAreAllAdded() {
        assertThat(RevisionDiff.between("", "<b>new</b>")).containsExactly(new Run(Kind.ADDED, "<b>new</b>"));
    }
}
