create table section (
    id           bigint generated always as identity primary key,
    slug         text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
    name         text not null,
    description  text not null default '',
    position     int not null default 0
);

create table topic (
    id    bigint generated always as identity primary key,
    slug  text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
    name  text not null
);

create table author (
    id    bigint generated always as identity primary key,
    slug  text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
    name  text not null,
    role  text not null default '',
    bio   text not null default ''
);

create table article (
    id             bigint generated always as identity primary key,
    slug           text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 120),
    headline       text not null check (length(headline) between 1 and 300),
    standfirst     text not null default '',
    body_markdown  text not null default '',
    body_html      text not null default '',
    section_id     bigint not null references section (id),
    hero_image_id  bigint,
    status         text not null default 'draft' check (status in ('draft', 'in_review', 'scheduled', 'published', 'unpublished')),
    published_at   timestamptz,
    updated_at     timestamptz,
    created_at     timestamptz not null default now(),
    check (status <> 'published' or published_at is not null)
);

create index article_published_idx on article (published_at desc) where status = 'published';
create index article_section_idx on article (section_id, published_at desc) where status = 'published';

create table article_author (
    article_id  bigint not null references article (id) on delete cascade,
    author_id   bigint not null references author (id),
    position    int not null,
    primary key (article_id, author_id)
);
create index article_author_author_idx on article_author (author_id);

create table article_topic (
    article_id  bigint not null references article (id) on delete cascade,
    topic_id    bigint not null references topic (id),
    primary key (article_id, topic_id)
);
create index article_topic_topic_idx on article_topic (topic_id);

create table article_edition (
    article_id    bigint not null references article (id) on delete cascade,
    edition_code  text not null,
    primary key (article_id, edition_code)
);
create index article_edition_edition_idx on article_edition (edition_code, article_id);
