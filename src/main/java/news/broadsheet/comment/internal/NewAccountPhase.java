package news.broadsheet.comment.internal;

import java.time.Duration;
import java.time.Instant;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With the rule on, a reader whose account is less than a week old waits for a moderator until one of
 * their comments has been published.
 */
@Component
@Order(80)
class NewAccountPhase implements PostingPhase {

    static final Duration NEW = Duration.ofDays(7);

    private final HoldRules rules;
    private final CommentStore store;

    NewAccountPhase(HoldRules rules, CommentStore store) {
        this.rules = rules;
        this.store = store;
    }

    @Override
    public Verdict judge(Submission submission) {
        boolean newAccount = submission.readerJoinedAt().isAfter(Instant.now().minus(NEW));
        return newAccount && rules.enabled(HoldRules.NEW_ACCOUNT) && !store.hasPublished(submission.readerId())
                ? Verdict.hold("First comment of a new account") : Verdict.PROCEED;
    }
}
