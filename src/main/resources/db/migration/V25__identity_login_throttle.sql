-- Sign-in throttle (Bucket4j's PostgreSQL proxy manager): one token bucket per client address, per
-- account and per account from one address. A row expires (expires_at, epoch milliseconds) once
-- its bucket would be full again, and is then removed.
create table login_throttle (
    id         varchar(200) primary key,
    state      bytea,
    expires_at bigint
);

create index login_throttle_expires_at on login_throttle (expires_at);

-- The hard lock it replaces (anyone could lock any account for 15 minutes with 5 requests).
alter table users drop column failed_logins;
alter table users drop column locked_until;
