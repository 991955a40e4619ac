package news.broadsheet.comment.internal;

import java.time.Duration;
import news.broadsheet.platform.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Posting and replying are counted per reader and per address: a person in a heated thread replies often,
 * so replies have their own, larger allowance; a shared address (an office, a mobile network) gets more
 * ({@code broadsheet.comments.posts-per-address}, 60 unless set).
 */
@Component
@Order(20)
class RateLimitPhase implements PostingPhase {

    static final int COMMENTS_PER_READER = 5;
    static final int REPLIES_PER_READER = 10;
    static final Duration WINDOW = Duration.ofMinutes(5);

    private final RateLimits limits;
    private final int perAddress;

    RateLimitPhase(RateLimits limits, @Value("${broadsheet.comments.posts-per-address:60}") int perAddress) {
        this.limits = limits;
        this.perAddress = perAddress;
    }

    @Override
    public Verdict judge(Submission submission) {
        String kind = submission.isReply() ? "reply" : "comment";
        int perReader = submission.isReply() ? REPLIES_PER_READER : COMMENTS_PER_READER;
        boolean withinReader = limits.tryAcquire("comment-" + kind + ":reader:" + submission.readerId(), perReader, WINDOW);
        boolean withinAddress = limits.tryAcquire("comment-post:address:" + submission.address(), perAddress, WINDOW);
        if (withinReader && withinAddress) {
            return Verdict.PROCEED;
        }
        return Verdict.refuse(HttpStatus.TOO_MANY_REQUESTS, submission.isReply()
                ? "You have replied " + perReader + " times in the last few minutes. Please wait a few minutes before replying again."
                : "You have posted " + perReader + " comments in the last few minutes. Please wait a few minutes before posting again.");
    }
}
