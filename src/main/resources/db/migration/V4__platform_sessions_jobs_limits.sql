-- Sessions (Spring Session JDBC), jobs (db-scheduler) and rate-limit counters live in PostgreSQL so that
-- any node can serve any request and a job runs once however many nodes there are.
create table spring_session (
    primary_id             char(36) not null primary key,
    session_id             char(36) not null,
    creation_time          bigint not null,
    last_access_time       bigint not null,
    max_inactive_interval  int not null,
    expiry_time            bigint not null,
    principal_name         varchar(100)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id  char(36) not null references spring_session (primary_id) on delete cascade,
    attribute_name      varchar(200) not null,
    attribute_bytes     bytea not null,
    primary key (session_primary_id, attribute_name)
);

create table scheduled_tasks (
    task_name             text not null,
    task_instance         text not null,
    task_data             bytea,
    execution_time        timestamptz not null,
    picked                boolean not null,
    picked_by             text,
    last_success          timestamptz,
    last_failure          timestamptz,
    consecutive_failures  int,
    last_heartbeat        timestamptz,
    version               bigint not null,
    priority              smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

create unlogged table rate_limit_window (
    key           text not null,
    window_start  timestamptz not null,
    hits          int not null,
    primary key (key, window_start)
);
