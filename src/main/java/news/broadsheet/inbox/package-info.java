/**
 * Readers' notifications and their Following page. The module listens to the comment module's
 * {@link news.broadsheet.comment.CommentPublished}, {@link news.broadsheet.comment.CommentEdited},
 * {@link news.broadsheet.comment.CommentWithdrawn} and {@link news.broadsheet.comment.CommentModerated},
 * keeps its own copy of what it needs of each comment (new words when it is edited, none once it is
 * withdrawn), and tells readers of replies to their comments,
 * replies in threads they joined, new comments by readers they follow and moderators' decisions: in the
 * inbox at {@code /account/notifications} (counted in the masthead), by e-mail at once, or in a daily digest,
 * as each reader chose per kind on the account page. It offers other modules what it implements of the
 * reader module's extension points, and {@link news.broadsheet.inbox.ReplyNotified} for each reader told of
 * a reply to their comment.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inbox")
package news.broadsheet.inbox;
