package news.broadsheet.comment.internal;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** A banned or suspended reader's comment is refused, whatever the page they post from shows. */
@Component
@Order(10)
class SanctionPhase implements PostingPhase {

    private final Sanctions sanctions;

    SanctionPhase(Sanctions sanctions) {
        this.sanctions = sanctions;
    }

    @Override
    public Verdict judge(Submission submission) {
        return sanctions.activeFor(submission.readerId())
                .map(sanction -> Verdict.refuse(HttpStatus.FORBIDDEN, sanction.isBan()
                        ? "You can no longer comment: a moderator banned your account."
                        : "You cannot comment until " + CommentTimes.utc(sanction.expiresAt())
                                + ": a moderator suspended your account."))
                .orElse(Verdict.PROCEED);
    }
}
