package news.broadsheet.comment.internal;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Under a pre-moderated article (or section) every comment waits for a moderator. */
@Component
@Order(90)
class PreModerationPhase implements PostingPhase {

    private final CommentPolicies policies;

    PreModerationPhase(CommentPolicies policies) {
        this.policies = policies;
    }

    @Override
    public Verdict judge(Submission submission) {
        return policies.modeOf(submission.articleId(), submission.sectionId()) == CommentMode.PREMODERATED
                ? Verdict.hold("Pre-moderated article") : Verdict.PROCEED;
    }
}
