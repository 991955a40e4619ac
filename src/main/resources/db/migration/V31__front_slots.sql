-- The stories editors placed on an edition's front, in order: position 1 is the lead. Every other story
-- in the edition follows them, newest first.
create table front_slot (
    edition_code  text not null references edition (code),
    position      int not null check (position >= 1),
    article_id    bigint not null references article (id) on delete cascade,
    primary key (edition_code, position),
    unique (edition_code, article_id)
);
create index front_slot_article_idx on front_slot (article_id);
