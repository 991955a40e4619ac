-- The site's VAPID key pair: made once, on the first start, and shared by every node.
create table vapid_key (
    id           int primary key default 1 check (id = 1),
    public_key   bytea not null,
    private_key  bytea not null,
    created_at   timestamptz not null default now()
);

-- A browser that agreed to receive alerts. The endpoint is the push service's URL for that browser.
create table push_subscription (
    id               bigint generated always as identity primary key,
    endpoint         text not null unique check (endpoint ~ '^https?://' and length(endpoint) <= 2048),
    p256dh           bytea not null check (length(p256dh) = 65),
    auth             bytea not null check (length(auth) = 16),
    edition_code     text not null,
    topics           text[] not null default '{}',
    created_at       timestamptz not null default now(),
    last_success_at  timestamptz
);
create index push_subscription_edition_idx on push_subscription (edition_code);
create index push_subscription_topics_idx on push_subscription using gin (topics);
