package news.broadsheet.comment.internal;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** An article whose comments an editor closed (or whose section's) takes none, replies included. */
@Component
@Order(40)
class ClosedPhase implements PostingPhase {

    private final CommentPolicies policies;

    ClosedPhase(CommentPolicies policies) {
        this.policies = policies;
    }

    @Override
    public Verdict judge(Submission submission) {
        return policies.modeOf(submission.articleId(), submission.sectionId()) == CommentMode.CLOSED
                ? Verdict.refuse(HttpStatus.FORBIDDEN, "Comments on this article are closed.")
                : Verdict.PROCEED;
    }
}
