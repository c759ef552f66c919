-- TOTP two-factor sign-in (identity): one authenticator per user, in force once confirmed with a
-- code; until then the enrolment is pending. The secret is never shown again after enrolment.
create table user_totp (
    user_id      bigint      primary key references users (id) on delete cascade,
    secret       varchar(64) not null,
    created_at   timestamptz not null,
    confirmed_at timestamptz
);

-- Ten one-time recovery codes per enrolment, kept as SHA-256 hashes; a used one is spent.
create table totp_recovery_code (
    id        bigserial primary key,
    user_id   bigint      not null references users (id) on delete cascade,
    code_hash bytea       not null,
    used_at   timestamptz
);

create index totp_recovery_code_user on totp_recovery_code (user_id);
