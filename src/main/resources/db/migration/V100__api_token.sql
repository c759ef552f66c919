-- Personal access tokens for API clients (identity): only the SHA-256 hash of the secret is kept.
-- A token is looked up by its hash on every bearer request, and listed per user, newest first.
create table api_token (
    id           bigserial primary key,
    user_id      bigint       not null references users (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   bytea        not null unique,
    scope        varchar(5)   not null check (scope in ('READ', 'WRITE')),
    created_at   timestamptz  not null,
    expires_on   date,
    last_used_at timestamptz,
    revoked_at   timestamptz
);

create index api_token_user on api_token (user_id, id desc);
