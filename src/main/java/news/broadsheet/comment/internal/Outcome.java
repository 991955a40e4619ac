package news.broadsheet.comment.internal;

import org.springframework.http.HttpStatus;

/** How a reader's request turned out: done (with the comment it concerns) or refused with a reason. */
sealed interface Outcome {

    record Done(long commentId, long articleId, boolean held) implements Outcome {
    }

    record Refused(HttpStatus status, String message) implements Outcome {
    }

    static Outcome refused(HttpStatus status, String message) {
        return new Refused(status, message);
    }
}
