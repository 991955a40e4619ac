-- Comments change after the inbox copied them: their author edits them (CommentEdited), or they are shown no
-- more (CommentWithdrawn: deleted by the author, rejected by a moderator, removed with the account). The
-- copy's "withdrawn" now covers all of these, and its excerpt is emptied then.
alter table inbox_comment add column edited_at timestamptz;

-- When the comment a notification is about was withdrawn: the notification keeps its place in the list but
-- loses the excerpt, says the comment was deleted, and counts as read, since nothing is left to read.
alter table inbox_notification add column withdrawn_at timestamptz;
