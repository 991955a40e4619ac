-- Raised when a reader's password changes (or is reset): sign-ins made before then, on any device, end.
alter table reader add column sign_in_epoch int not null default 0;
