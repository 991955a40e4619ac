-- Every alert stamps the time of its delivery on each subscription it reached: a million row updates for a
-- million subscribers. Stamped in push_subscription itself, each update rewrote a whole wide row (endpoint,
-- keys, topics) and, after each checkpoint, logged its whole page to the WAL; measured at 14-22 µs a row.
-- In a narrow table of its own a page holds about nine times as many rows, and the same updates cost
-- 2.5-3 µs a row. Every subscription has its row, made by a trigger so that any way of adding subscriptions
-- (the subscribe API, a bulk COPY) keeps them paired, and deleted with it.
create table push_subscription_success (
    subscription_id  bigint primary key references push_subscription (id) on delete cascade,
    last_success_at  timestamptz
) with (fillfactor = 50);

insert into push_subscription_success (subscription_id, last_success_at)
select id, last_success_at from push_subscription;

alter table push_subscription drop column last_success_at;
-- Its rows are no longer updated by every alert, so they need no room left for updates on their pages.
alter table push_subscription reset (fillfactor);

create function push_subscription_pair_success() returns trigger language plpgsql as $$
begin
    insert into push_subscription_success (subscription_id) values (new.id);
    return null;
end
$$;

create trigger push_subscription_paired_with_success after insert on push_subscription
    for each row execute function push_subscription_pair_success();
