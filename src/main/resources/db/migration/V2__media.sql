-- Pictures live in the database so every node serves the same bytes without shared disks.
create table image (
    id          bigint generated always as identity primary key,
    width       int not null check (width > 0),
    height      int not null check (height > 0),
    alt_text    text not null default '',
    caption     text not null default '',
    credit      text not null default '',
    created_at  timestamptz not null default now()
);

create table image_variant (
    image_id      bigint not null references image (id) on delete cascade,
    width         int not null check (width > 0),
    height        int not null check (height > 0),
    content_type  text not null,
    bytes         bytea not null,
    primary key (image_id, width)
);
