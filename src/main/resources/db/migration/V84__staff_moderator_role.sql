-- Moderators work on readers' comments only; the role column learns their name.
alter table staff drop constraint staff_role_check;
alter table staff add constraint staff_role_check check (role in ('writer', 'moderator', 'editor', 'admin'));
