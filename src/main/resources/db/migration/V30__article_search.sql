-- Full-text search over articles. The vector is computed by PostgreSQL whenever a row is written, so every
-- way of saving an article keeps it current. Headline matches weigh most, then the standfirst, then the body.
alter table article add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', headline), 'A') ||
    setweight(to_tsvector('english', standfirst), 'B') ||
    setweight(to_tsvector('english', body_markdown), 'C')) stored;

create index article_search_idx on article using gin (search_vector);
