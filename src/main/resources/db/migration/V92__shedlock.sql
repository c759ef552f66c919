-- ShedLock: one row per scheduled job that runs on one instance at a time (platform/SchedulingConfiguration).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
