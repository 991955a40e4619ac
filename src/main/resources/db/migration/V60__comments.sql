-- Readers' comments under articles, their moderation, and the editors' choice of which articles and
-- sections take comments. Article and reader ids are plain numbers: those rows belong to other modules.

create table comment (
    id              bigint generated always as identity primary key,
    article_id      bigint not null,
    -- The comment this one answers; the top of its thread (itself for a top-level comment).
    parent_id       bigint references comment (id),
    root_id         bigint references comment (id),
    -- How far in the page shows it: 0 for a top-level comment, at most 3; deeper replies stay at 3 and say
    -- whom they answer.
    depth           smallint not null check (depth between 0 and 3),
    -- Null once the reader deleted their account and chose to keep their comments.
    reader_id       bigint,
    author_name     text not null,
    author_handle   text,
    body            text not null,
    status          text not null check (status in ('published', 'pending', 'rejected', 'deleted')),
    -- Why a rule held it for a moderator, or why a moderator rejected it.
    hold_reason     text,
    reject_reason   text,
    featured        boolean not null default false,
    recommendations integer not null default 0,
    created_at      timestamptz not null default now(),
    edited_at       timestamptz
);
-- A thread's page: its top-level comments by article, then each thread's replies by root.
create index comment_article_roots on comment (article_id, created_at) where parent_id is null;
create index comment_root on comment (root_id, created_at);
create index comment_reader on comment (reader_id, created_at desc);
create index comment_pending on comment (created_at) where status = 'pending';
create index comment_article_published on comment (article_id) where status = 'published';

create table comment_recommendation (
    comment_id bigint not null references comment (id) on delete cascade,
    reader_id  bigint not null,
    primary key (comment_id, reader_id)
);

create table comment_report (
    id          bigint generated always as identity primary key,
    comment_id  bigint not null references comment (id) on delete cascade,
    reader_id   bigint not null,
    reason      text not null,
    reported_at timestamptz not null default now(),
    resolved_at timestamptz,
    unique (comment_id, reader_id)
);
create index comment_report_open on comment_report (comment_id) where resolved_at is null;

-- Comments are open unless an editor chose otherwise for the article or its section; the article's own
-- choice wins.
create table comment_policy (
    scope    text not null check (scope in ('article', 'section')),
    scope_id bigint not null,
    mode     text not null check (mode in ('open', 'premoderated', 'closed')),
    primary key (scope, scope_id)
);

-- A banned reader (no expiry) or a suspended one (until expires_at) may not post.
create table comment_sanction (
    reader_id  bigint primary key,
    expires_at timestamptz,
    reason     text not null,
    decided_by text not null,
    decided_at timestamptz not null default now()
);

create table comment_word (
    word text primary key check (word = lower(word) and length(word) between 1 and 60),
    kind text not null check (kind in ('banned', 'suspect'))
);

-- One row per article with comments: how many are shown and when any last changed, so counts on fronts
-- and feeds cost one indexed read and the article page can say whether its discussion changed.
create table comment_thread (
    article_id bigint primary key,
    published  integer not null default 0,
    changed_at timestamptz not null default now()
);

-- Hold rules moderators turn on and off.
create table comment_hold_rule (
    name    text primary key check (name in ('links', 'new_account')),
    enabled boolean not null default false
);
insert into comment_hold_rule (name) values ('links'), ('new_account');
