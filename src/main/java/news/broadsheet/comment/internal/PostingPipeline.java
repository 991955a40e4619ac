package news.broadsheet.comment.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Runs a new comment (or a reply) through every {@link PostingPhase} in order: the first refusal wins;
 * holds add up, so a moderator sees every reason a comment waits.
 */
@Component
class PostingPipeline {

    private final List<PostingPhase> phases;

    PostingPipeline(List<PostingPhase> phases) {
        this.phases = phases;
    }

    Verdict judge(Submission submission) {
        List<String> holds = new ArrayList<>();
        for (PostingPhase phase : phases) {
            switch (phase.judge(submission)) {
                case Verdict.Refuse refusal -> {
                    return refusal;
                }
                case Verdict.Hold hold -> holds.add(hold.reason());
                case Verdict.Proceed proceed -> {
                }
            }
        }
        return holds.isEmpty() ? Verdict.PROCEED : Verdict.hold(String.join("; ", holds));
    }
}
