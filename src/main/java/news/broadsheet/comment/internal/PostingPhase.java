package news.broadsheet.comment.internal;

/**
 * One small check a comment passes on its way in. Phases run in their {@code @Order}; the first refusal
 * ends the run, while a hold is remembered and the later phases still run (a held comment may yet be
 * refused, for a banned word say).
 */
interface PostingPhase {

    Verdict judge(Submission submission);
}
