-- Every alert stamps last_success_at on each subscription it reached: a million row updates for a million
-- subscribers. With room left on each page, PostgreSQL writes the new row version beside the old one and
-- leaves the table's four indexes alone (a heap-only update), instead of adding an entry to each of them.
alter table push_subscription set (fillfactor = 70);
