-- The inbox module's own copy of what it needs of each comment shown to readers, taken from the comment
-- module's CommentPublished event: it feeds the Following page and the notifications. Reader, article and
-- comment ids are plain numbers: those rows belong to other modules.
create table inbox_comment (
    comment_id         bigint primary key,
    article_id         bigint not null,
    article_title      text not null,
    permalink          text not null,
    -- Null once the author deleted their account and chose to keep their comments.
    author_id          bigint,
    excerpt            text not null,
    parent_comment_id  bigint,
    parent_author_id   bigint,
    participant_ids    bigint[] not null,
    published_at       timestamptz not null,
    -- A moderator rejected it after it was shown: off the Following page.
    withdrawn          boolean not null default false,
    copied_at          timestamptz not null default now(),
    -- Null until its notifications are written; the fan-out job picks these.
    notified_at        timestamptz
);
create index inbox_comment_author on inbox_comment (author_id, published_at desc) where not withdrawn;
create index inbox_comment_unnotified on inbox_comment (copied_at) where notified_at is null;

-- What a reader is told. A comment notifies a reader once at most, for the nearest reason (a reply to
-- them, then a reply in their thread, then a comment by someone they follow); a moderation decision
-- notifies the comment's author. Excerpt and title are copied so the list needs no other module's rows.
create table inbox_notification (
    id             bigint generated always as identity primary key,
    recipient_id   bigint not null,
    kind           text not null check (kind in ('reply', 'thread', 'followed', 'moderation')),
    comment_id     bigint not null,
    author_id      bigint,
    article_title  text not null,
    permalink      text not null,
    excerpt        text not null,
    decision       text,
    reason         text,
    created_at     timestamptz not null,
    read_at        timestamptz,
    -- Waiting for the reader's daily digest.
    digest_due     boolean not null default false
);
create unique index inbox_notification_once on inbox_notification (recipient_id, comment_id) where kind <> 'moderation';
create index inbox_notification_list on inbox_notification (recipient_id, created_at desc, id desc);
create index inbox_notification_unread on inbox_notification (recipient_id) where read_at is null;
create index inbox_notification_digest on inbox_notification (recipient_id) where digest_due;
create index inbox_notification_comment on inbox_notification (comment_id);

-- How a reader wants to hear of each kind; a kind with no row is delivered to the inbox only.
create table inbox_setting (
    reader_id  bigint not null,
    kind       text not null check (kind in ('reply', 'thread', 'followed', 'moderation')),
    delivery   text not null check (delivery in ('inbox', 'email', 'digest', 'off')),
    primary key (reader_id, kind)
);
