-- Reader support: each edition's contribution settings, contributions and the payments that fund them,
-- the payment provider's events already handled, and first-party counts of appeal views.

-- Amounts are integer minor units (pence, cents) of the edition's currency.
create table support_setting (
    edition_code            text primary key,
    preset_amounts          bigint[] not null check (cardinality(preset_amounts) between 1 and 6),
    minimum_amount          bigint not null check (minimum_amount > 0),
    maximum_amount          bigint not null check (maximum_amount >= minimum_amount),
    appeal_after_paragraph  int not null check (appeal_after_paragraph between 0 and 50),
    updated_at              timestamptz not null default now()
);

insert into support_setting (edition_code, preset_amounts, minimum_amount, maximum_amount, appeal_after_paragraph) values
('uk', '{300,500,1000,2500}', 100, 100000, 3),
('us', '{500,1000,2000,5000}', 100, 100000, 3);

create table contribution (
    id               bigint generated always as identity primary key,
    reference        uuid not null unique,
    edition_code     text not null,
    frequency        text not null check (frequency in ('once', 'monthly')),
    amount           bigint not null check (amount > 0),
    currency         char(3) not null,
    message          text check (length(message) <= 500),
    email            text check (length(email) <= 254),
    reader_id        bigint,
    from_appeal      boolean not null,
    status           text not null check (status in ('pending', 'paid', 'failed', 'refunded', 'cancelled')),
    provider         text not null,
    checkout_id      text unique,
    payment_id       text,
    subscription_id  text unique,
    claim_token      text unique,
    created_at       timestamptz not null default now(),
    paid_at          timestamptz,
    updated_at       timestamptz not null default now()
);
create index contribution_reader_idx on contribution (reader_id) where reader_id is not null;
create index contribution_payment_idx on contribution (payment_id) where payment_id is not null;

-- Money received: the one payment of a one-off contribution, each month's payment of a monthly one.
create table support_payment (
    provider_payment_id  text primary key,
    contribution_id      bigint not null references contribution (id),
    amount               bigint not null check (amount > 0),
    currency             char(3) not null,
    paid_at              timestamptz not null,
    refunded_at          timestamptz
);
create index support_payment_paid_at_idx on support_payment (paid_at);

-- Every provider event handled, so a replayed or duplicated delivery changes nothing.
create table support_event (
    provider     text not null,
    event_id     text not null,
    type         text not null,
    received_at  timestamptz not null default now(),
    primary key (provider, event_id)
);

create table appeal_view (
    edition_code  text not null,
    day           date not null,
    views         bigint not null default 0,
    primary key (edition_code, day)
);

create table supporter_preference (
    reader_id    bigint primary key,
    shows_badge  boolean not null
);
