-- An alert sent by itself when an article tagged "breaking" was published: the article it was sent for.
-- The unique key holds across every node and every republication: one automatic alert per article and edition.
-- Manual alerts leave it empty, and empty keys never collide.
alter table alert add column automatic_for_article bigint;
alter table alert add constraint alert_automatic_once unique (automatic_for_article, edition_code);
