-- Whether publishing an article with the topic "breaking" in this edition sends its readers an alert by itself.
-- Off until an administrator turns it on: an alert interrupts readers, so a newsroom chooses to allow it.
alter table edition add column breaking_alerts boolean not null default false;
