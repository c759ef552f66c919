-- Funding rules as versioned data (phases with per-scheme share, ceiling and time limit) and the
-- budget ledger (accounts and their append-only entries).

create table funding_phase (
    id                      bigserial primary key,
    name                    varchar(120) not null,
    effective_from          date         not null unique,
    repeat_assessment_years integer      not null check (repeat_assessment_years > 0),
    created_at              timestamptz  not null default now()
);

create table funding_scheme_rule (
    phase_id          bigint        not null references funding_phase (id),
    scheme            varchar(30)   not null
        check (scheme in ('ON_SITE_ASSESSMENT', 'DEMONSTRATION_PROJECT', 'VERIFICATION')),
    share             numeric(5, 4) not null check (share > 0 and share <= 1),
    ceiling_hkd       numeric(14, 2) not null check (ceiling_hkd >= 0),
    completion_months integer       not null check (completion_months > 0),
    primary key (phase_id, scheme)
);

-- The launch phase (April 2008), as the Government announced it.
insert into funding_phase (name, effective_from, repeat_assessment_years)
values ('Launch phase', date '2008-04-01', 5);

insert into funding_scheme_rule (phase_id, scheme, share, ceiling_hkd, completion_months)
select id, r.scheme, r.share, r.ceiling, r.months
from funding_phase,
     (values ('ON_SITE_ASSESSMENT', 0.5000, 15000.00, 3),
             ('DEMONSTRATION_PROJECT', 0.5000, 160000.00, 12),
             ('VERIFICATION', 1.0000, 15000.00, 3)) as r (scheme, share, ceiling, months)
where effective_from = date '2008-04-01';

-- A budget account is a pot of committed government money; the programme's is the default.
create table budget_account (
    id          bigserial primary key,
    code        varchar(40)  not null unique,
    name        varchar(200) not null,
    period_from date         not null,
    period_to   date         not null,
    created_at  timestamptz  not null default now(),
    check (period_to >= period_from)
);

-- The ledger: entries are never changed or deleted; a correction is a new entry.
create table budget_entry (
    id              bigserial primary key,
    account_id      bigint         not null references budget_account (id),
    kind            varchar(20)    not null
        check (kind in ('COMMITMENT_ADDED', 'COMMIT', 'RELEASE', 'PAYMENT')),
    application_ref varchar(40),
    scheme          varchar(30)
        check (scheme in ('ON_SITE_ASSESSMENT', 'DEMONSTRATION_PROJECT', 'VERIFICATION')),
    amount_hkd      numeric(14, 2) not null check (amount_hkd > 0),
    effective_on    date           not null,
    recorded_at     timestamptz    not null default now(),
    actor           varchar(100)   not null,
    note            varchar(500),
    invoice_ref     varchar(100),
    check ((kind = 'COMMITMENT_ADDED') = (application_ref is null)),
    check ((kind = 'COMMITMENT_ADDED') = (scheme is null)),
    check ((kind = 'PAYMENT') = (invoice_ref is not null))
);

-- An application's government share is committed exactly once, whatever races.
create unique index budget_entry_one_commit on budget_entry (application_ref) where kind = 'COMMIT';
create index budget_entry_application on budget_entry (application_ref, id);
create index budget_entry_account on budget_entry (account_id, effective_on);

create function budget_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'budget_entry is append-only: record a correcting entry instead';
end;
$$;

create trigger budget_entry_no_update before update or delete on budget_entry
    for each row execute function budget_entry_append_only();

create trigger budget_entry_no_truncate before truncate on budget_entry
    for each statement execute function budget_entry_append_only();

-- The programme's commitment: HK$93.06 million for five years from April 2008.
insert into budget_account (code, name, period_from, period_to)
values ('CPPP', 'Cleaner Production Partnership Programme', date '2008-04-01', date '2013-03-31');

insert into budget_entry (account_id, kind, amount_hkd, effective_on, actor, note)
select id, 'COMMITMENT_ADDED', 93060000.00, date '2008-04-01', 'system',
       'Government funding commitment for 2008-04-01 to 2013-03-31'
from budget_account where code = 'CPPP';
