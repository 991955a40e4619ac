package news.broadsheet.comment.internal;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** A word on the banned list refuses the comment, and the reader is told which word. */
@Component
@Order(50)
class BannedWordsPhase implements PostingPhase {

    private final WordLists words;

    BannedWordsPhase(WordLists words) {
        this.words = words;
    }

    @Override
    public Verdict judge(Submission submission) {
        String banned = words.firstIn(submission.text(), WordLists.Kind.BANNED);
        return banned == null ? Verdict.PROCEED : Verdict.refuse(HttpStatus.BAD_REQUEST,
                "Your comment contains a word that is not allowed here (\"" + banned + "\"). Please reword it.");
    }
}
