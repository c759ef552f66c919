-- A budget account's period is versioned data: an extension, or a new commitment that carries the
-- account to a later end date, adds a version (who, when, why); the account row holds the current
-- period and its version number, and is locked while a commitment or an extension is checked.
-- A commitment is refused for a decision outside the current period.
alter table budget_account add column period_version integer not null default 1;

create table budget_account_period (
    id          bigserial    primary key,
    account_id  bigint       not null references budget_account (id),
    version     integer      not null check (version > 0),
    period_from date         not null,
    period_to   date         not null,
    reason      varchar(500) not null,
    -- the budget added with this version, when the extension came with money
    entry_id    bigint       references budget_entry (id),
    actor       varchar(100) not null,
    recorded_at timestamptz  not null default now(),
    unique (account_id, version),
    check (period_to >= period_from)
);

create function budget_account_period_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'budget_account_period is append-only: record a later version instead';
end;
$$;

create trigger budget_account_period_no_update before update or delete on budget_account_period
    for each row execute function budget_account_period_append_only();

insert into budget_account_period (account_id, version, period_from, period_to, reason, actor)
select id, 1, period_from, period_to, 'Account opened', 'system' from budget_account;
