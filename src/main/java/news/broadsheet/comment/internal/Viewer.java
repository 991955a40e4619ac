package news.broadsheet.comment.internal;

import java.util.Set;

/**
 * The signed-in reader looking at a discussion. {@code cannotComment} says why they may not post (an
 * unconfirmed address, a ban or suspension), null when they may; {@code muted} are the readers whose words
 * they chose not to see.
 */
record Viewer(long readerId, String displayName, String cannotComment, Set<Long> muted) {

    /**
     * Whoever muted this author, for a comment rendered once for all of them (a live update): nobody in
     * particular (the id no reader has), who sees the comment's place in the thread but not its words.
     */
    static Viewer mutingOnly(long authorId) {
        return new Viewer(-1, null, null, Set.of(authorId));
    }
}
