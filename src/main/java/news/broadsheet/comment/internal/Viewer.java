package news.broadsheet.comment.internal;

/**
 * The signed-in reader looking at a discussion. {@code cannotComment} says why they may not post (an
 * unconfirmed address, a ban or suspension), null when they may.
 */
record Viewer(long readerId, String displayName, String cannotComment) {
}
