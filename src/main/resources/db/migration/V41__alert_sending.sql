-- A breaking-news alert and its delivery record. The counters are updated once per batch of recipients,
-- so sending to a million subscribers costs hundreds of updates here, not a million.
create table alert (
    id             bigint generated always as identity primary key,
    title          text not null check (length(title) between 1 and 120),
    body           text not null check (length(body) <= 300),
    url            text not null check (url ~ '^/[^/\\]'),
    image_url      text,
    edition_code   text not null,
    topics         text[] not null check (cardinality(topics) > 0),
    urgency        text not null default 'high',
    ttl_seconds    int not null default 3600 check (ttl_seconds between 0 and 2419200),
    status         text not null default 'queued' check (status in ('queued', 'sending', 'finished', 'cancelled')),
    queued         int not null default 0,
    sent           int not null default 0,
    failed         int not null default 0,
    pruned         int not null default 0,
    clicks         bigint not null default 0,
    created_by     text not null,
    created_at     timestamptz not null default now(),
    scheduled_for  timestamptz not null default now(),
    started_at     timestamptz,
    finished_at    timestamptz
);
create index alert_created_idx on alert (created_at desc);

-- One job of an alert's fan-out: the subscriptions with ids from from_id up to (not including) to_id, or,
-- without a range, a retry of subscriptions named in the job itself. An alert is finished when none of its
-- batches is left undone; a batch found done is never sent again.
create table alert_batch (
    alert_id   bigint not null references alert (id) on delete cascade,
    batch_key  text not null,
    expected   int not null,
    from_id    bigint,
    to_id      bigint,
    done_at    timestamptz,
    primary key (alert_id, batch_key)
);
