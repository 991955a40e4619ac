package news.broadsheet.comment.internal;

enum CommentStatus {
    /** Shown to everyone. */
    PUBLISHED,
    /** Waiting for a moderator: held by a rule or written under a pre-moderated article. */
    PENDING,
    /** Turned down by a moderator; shown to nobody. */
    REJECTED,
    /** Deleted by its author; a placeholder stands in while replies to it are shown. */
    DELETED;

    String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static CommentStatus of(String column) {
        return valueOf(column.toUpperCase(java.util.Locale.ROOT));
    }
}
