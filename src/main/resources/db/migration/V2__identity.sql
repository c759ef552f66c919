-- Users, their roles and their binding to a factory (applicants) or an ET provider (providers).
-- The binding holds the factory's BR number or the provider's code: modules never share tables.
create table users (
    id             bigserial primary key,
    username       varchar(60)  not null unique,
    password_hash  varchar(200) not null,
    display_name   varchar(120) not null,
    email          varchar(200),
    factory_br     varchar(8),
    provider_code  varchar(20),
    enabled        boolean      not null default true,
    failed_logins  integer      not null default 0,
    locked_until   timestamptz,
    created_at     timestamptz  not null default now(),
    version        bigint       not null default 0
);

create table user_roles (
    user_id bigint      not null references users (id) on delete cascade,
    role    varchar(20) not null,
    primary key (user_id, role)
);

create index users_factory_br on users (factory_br);
create index users_provider_code on users (provider_code);
