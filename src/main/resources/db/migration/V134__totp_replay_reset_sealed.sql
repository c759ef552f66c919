-- TOTP (identity): the last time step a code was accepted at, so a code is used once (a replay in
-- its validity window is refused); an administrator's reset, after which the user must enrol again
-- at their next sign-in; secrets sealed at rest (AES-GCM, hex), which V135 (a Java migration,
-- identity/V135__SealTotpSecrets) does for the rows stored in plain text before.
alter table user_totp add column last_time_step bigint;
alter table user_totp add column must_enrol boolean not null default false;
alter table user_totp add column secret_sealed boolean not null default false;
alter table user_totp alter column secret type varchar(400);
