package news.broadsheet.comment.internal;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A word on the suspect list holds the comment for a moderator to judge in context. */
@Component
@Order(60)
class SuspectWordsPhase implements PostingPhase {

    private final WordLists words;

    SuspectWordsPhase(WordLists words) {
        this.words = words;
    }

    @Override
    public Verdict judge(Submission submission) {
        String suspect = words.firstIn(submission.text(), WordLists.Kind.SUSPECT);
        return suspect == null ? Verdict.PROCEED : Verdict.hold("Suspect word: " + suspect);
    }
}
