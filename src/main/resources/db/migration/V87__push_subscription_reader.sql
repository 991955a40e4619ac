-- A subscription saved by a signed-in reader is tied to their account: it can carry alerts about replies to
-- their comments, it stays theirs when they sign out, and it is untied when the account is deleted. No
-- foreign key: readers are the reader module's table, and that module says when one goes.
alter table push_subscription add column reader_id bigint;
create index push_subscription_reader_idx on push_subscription (reader_id) where reader_id is not null;
