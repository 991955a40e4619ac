create table staff (
    id                    bigint generated always as identity primary key,
    email                 text not null unique check (email = lower(email) and length(email) <= 254),
    display_name          text not null check (length(display_name) between 1 and 100),
    role                  text not null check (role in ('writer', 'editor', 'admin')),
    password_hash         text not null,
    must_change_password  boolean not null default false,
    enabled               boolean not null default true,
    created_at            timestamptz not null default now(),
    last_login_at         timestamptz
);
