-- Editing in the newsroom: who started an article, the version every save must name (optimistic locking),
-- when and for which edition it is scheduled, every save as a revision, per-person autosaves,
-- corrections shown to readers, and old slugs that still lead readers to the article.
alter table article
    add column version            int not null default 1,
    add column created_by_staff   bigint,
    add column scheduled_for      timestamptz,
    add column scheduled_edition  text,
    add column saved_at           timestamptz not null default now();

create index article_status_idx on article (status, saved_at desc);

create table article_revision (
    id               bigint generated always as identity primary key,
    article_id       bigint not null references article (id) on delete cascade,
    -- The article version this content became; null when the save was refused because of a conflict.
    article_version  int,
    kind             text not null check (kind in ('created', 'saved', 'restored', 'refused')),
    staff_id         bigint,
    staff_name       text not null,
    saved_at         timestamptz not null default now(),
    headline         text not null,
    standfirst       text not null,
    slug             text not null,
    body_markdown    text not null,
    section_id       bigint,
    topic_names      text not null,
    author_ids       bigint[] not null,
    hero_image_id    bigint,
    editions         text[] not null
);
create index article_revision_article_idx on article_revision (article_id, id desc);

create table article_autosave (
    article_id     bigint not null references article (id) on delete cascade,
    staff_id       bigint not null,
    saved_at       timestamptz not null default now(),
    headline       text not null,
    standfirst     text not null,
    body_markdown  text not null,
    primary key (article_id, staff_id)
);

create table article_correction (
    id          bigint generated always as identity primary key,
    article_id  bigint not null references article (id) on delete cascade,
    kind        text not null check (kind in ('correction', 'clarification', 'update')),
    text        text not null check (length(text) between 1 and 2000),
    added_at    timestamptz not null default now(),
    added_by    text not null
);
create index article_correction_article_idx on article_correction (article_id, added_at);

create table article_old_slug (
    slug        text primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 120),
    article_id  bigint not null references article (id) on delete cascade
);
create index article_old_slug_article_idx on article_old_slug (article_id);
