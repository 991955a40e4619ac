-- Readers muting (ignoring) readers: the muted reader's comments are hidden from the reader who muted them,
-- and never notify them. The muted reader is not told.
create table reader_mute (
    reader_id  bigint not null references reader (id) on delete cascade,
    muted_id   bigint not null references reader (id) on delete cascade,
    muted_at   timestamptz not null default now(),
    primary key (reader_id, muted_id),
    check (reader_id <> muted_id)
);
create index reader_mute_muted on reader_mute (muted_id);
