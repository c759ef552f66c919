-- Retention of personal data (Personal Data (Privacy) Ordinance, Cap. 486: kept no longer than
-- necessary). One rule per kind of record: how many months after its stated date a record's
-- personal fields are anonymised (or, for files, their content deleted). Administrators change the
-- periods; the retention job reads them every night.
create table retention_rule (
    kind           varchar(40)  primary key,
    position       integer      not null,
    period_months  integer      not null
        constraint retention_rule_period check (period_months between 1 and 1200),
    counted_from   varchar(40)  not null,
    action         varchar(20)  not null
        constraint retention_rule_action check (action in ('ANONYMISE', 'DELETE_CONTENT')),
    updated_by     varchar(100) not null default 'system',
    updated_at     timestamptz  not null default now(),
    version        bigint       not null default 0
);

insert into retention_rule (kind, position, period_months, counted_from, action) values
    ('ENQUIRY',                       1, 24, 'RECEIVED',   'ANONYMISE'),
    ('EVENT_REGISTRATION',            2, 24, 'REGISTERED', 'ANONYMISE'),
    ('REFUSED_ACCOUNT_REQUEST',       3, 12, 'DECIDED',    'ANONYMISE'),
    ('REFUSED_PROVIDER_APPLICATION',  4, 12, 'DECIDED',    'ANONYMISE'),
    ('REJECTED_APPLICATION_DOCUMENT', 5, 36, 'DECIDED',    'DELETE_CONTENT'),
    ('AUDIT_PERSONAL_FIELDS',         6, 84, 'OCCURRED',   'ANONYMISE');
