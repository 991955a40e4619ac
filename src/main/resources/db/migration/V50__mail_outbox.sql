-- Every message the site sends, written in the same transaction as what caused it, so a message is never
-- lost: with an SMTP server configured a job delivers it (and retries); without one, it stays here and the
-- operator reads it on /newsroom/outbox.
create table mail_outbox (
    id          bigint generated always as identity primary key,
    recipient   text not null,
    subject     text not null,
    body        text not null,
    created_at  timestamptz not null default now(),
    sent_at     timestamptz,
    attempts    int not null default 0,
    last_error  text
);
create index mail_outbox_unsent on mail_outbox (created_at) where sent_at is null;
create index mail_outbox_recipient on mail_outbox (lower(recipient), id desc);
