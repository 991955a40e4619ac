package news.broadsheet.comment.internal;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Something to say, and not too much of it. */
@Component
@Order(30)
class LengthPhase implements PostingPhase {

    @Override
    public Verdict judge(Submission submission) {
        String problem = CommentText.problem(submission.text());
        return problem == null ? Verdict.PROCEED : Verdict.refuse(HttpStatus.BAD_REQUEST, problem);
    }
}
