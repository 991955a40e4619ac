-- Who did what to which piece of content, and when. Rows are only ever added.
create table audit_event (
    id            bigint generated always as identity primary key,
    occurred_at   timestamptz not null default now(),
    actor         text not null,
    action        text not null,
    subject_type  text not null,
    subject_id    text not null,
    detail        text not null default ''
);
create index audit_event_occurred_idx on audit_event (occurred_at desc);
