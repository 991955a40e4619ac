-- Readers following readers: the follower sees the followed reader's comments on their Following page and,
-- if they choose, gets a notification for each. Both rows go with either account.
create table reader_follow (
    follower_id  bigint not null references reader (id) on delete cascade,
    followed_id  bigint not null references reader (id) on delete cascade,
    followed_at  timestamptz not null default now(),
    primary key (follower_id, followed_id),
    check (follower_id <> followed_id)
);
create index reader_follow_followed on reader_follow (followed_id);
