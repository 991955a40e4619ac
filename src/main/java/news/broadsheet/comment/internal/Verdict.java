package news.broadsheet.comment.internal;

import org.springframework.http.HttpStatus;

/** What one phase of posting decided: go on, hold the comment for a moderator, or refuse it with a reason. */
sealed interface Verdict {

    Verdict PROCEED = new Proceed();

    static Verdict hold(String reason) {
        return new Hold(reason);
    }

    static Verdict refuse(HttpStatus status, String message) {
        return new Refuse(status, message);
    }

    record Proceed() implements Verdict {
    }

    /** Kept but shown to nobody but its author and moderators until a moderator approves it. */
    record Hold(String reason) implements Verdict {
    }

    /** Not kept; the reader is told why and keeps their text. */
    record Refuse(HttpStatus status, String message) implements Verdict {
    }
}
