package news.broadsheet.comment.internal;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** With the rule on, a comment carrying a web address waits for a moderator (spam nearly always does). */
@Component
@Order(70)
class LinksPhase implements PostingPhase {

    private final HoldRules rules;

    LinksPhase(HoldRules rules) {
        this.rules = rules;
    }

    @Override
    public Verdict judge(Submission submission) {
        return CommentText.hasLink(submission.text()) && rules.enabled(HoldRules.LINKS)
                ? Verdict.hold("Contains a link") : Verdict.PROCEED;
    }
}
